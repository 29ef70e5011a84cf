package cn.beijing.platform.common.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.web.RequestIds;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of every service says the same way, derived from the handler method so that no controller
 * repeats it:
 * <ul>
 *   <li>a stable {@code operationId} ({@code <controller><Method>}, e.g. {@code calculatorGrade}) and a tag per
 *       controller;</li>
 *   <li>the bearer-JWT requirement, with the roles of {@code @PreAuthorize("hasAnyRole(...)")} as alternatives and
 *       in {@code x-roles};</li>
 *   <li>the {@code X-Request-Id} header in and out, the shared {@code Idempotency-Key} parameter where the handler
 *       takes it and {@code Idempotent-Replayed} on its success responses, {@code Location} on 201;</li>
 *   <li>the problem responses it can answer: 400, 401, 429 (the gateway's rate limits) and 503 always; 413 (the
 *       gateway's body limits) and 415 (a body of another media type) with a body; 422 when it takes input (body, query, path or an
 *       {@code Idempotency-Key}); 403 when roles restrict it; 404 with path variables; 409 for commands (those that
 *       take an {@code Idempotency-Key}); plus {@link ErrorStatuses}.</li>
 * </ul>
 */
public class PlatformOperations implements GlobalOperationCustomizer {

    private static final Pattern ROLE = Pattern.compile("'([A-Z][A-Z0-9_]*)'");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operationId(operation, handler);
        if (!AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Tag.class)) {
            operation.setTags(List.of(tag(handler.getBeanType())));
        }
        List<String> roles = roles(handler);
        security(operation, roles);

        boolean idempotent = false;
        boolean body = false;
        boolean input = false;
        boolean pathVariables = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null && IdempotentCommands.HEADER.equalsIgnoreCase(headerName(header, parameter))) {
                idempotent = true;
            }
            if (parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(RequestParam.class)
                    || parameter.hasParameterAnnotation(PathVariable.class)) {
                input = true;
            }
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                pathVariables = true;
            }
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = true;
            }
        }
        parameters(operation, idempotent);

        // 429 and 413 are the gateway's: every call is rate-limited, every body bounded
        Set<Integer> statuses = new TreeSet<>(List.of(400, 401, 429, 503));
        if (body) {
            statuses.add(413);
            statuses.add(415);
        }
        if (input || idempotent) {
            statuses.add(422);
        }
        if (!roles.isEmpty()) {
            statuses.add(403);
        }
        if (pathVariables) {
            statuses.add(404);
        }
        if (idempotent) {
            statuses.add(409);
        }
        ErrorStatuses declared = declared(handler);
        if (declared != null) {
            for (int status : declared.value()) {
                statuses.add(status);
            }
        }
        responses(operation, statuses, idempotent);
        return operation;
    }

    static final String HANDLER_IDS = "x-handler-operation-ids";

    /**
     * Handlers of several media types merged into one operation each propose an id; the first in order wins, so
     * that the document does not depend on the order springdoc visits them in ({@link PlatformDocument} drops the
     * list). An explicit {@code @Operation(operationId = ...)} wins over the derived one.
     */
    @SuppressWarnings("unchecked")
    private static void operationId(Operation operation, HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        String proposed = declared != null && StringUtils.hasText(declared.operationId()) ? declared.operationId()
                : operationId(handler);
        Set<String> ids = operation.getExtensions() != null && operation.getExtensions().get(HANDLER_IDS) != null
                ? (Set<String>) operation.getExtensions().get(HANDLER_IDS) : new TreeSet<>();
        ids.add(proposed);
        operation.addExtension(HANDLER_IDS, ids);
        operation.setOperationId(ids.iterator().next());
    }

    /**
     * {@code <controller><Method>}; handlers of one operation that differ only in the media type they consume
     * ({@code importCsv}, {@code importJson}) share it ({@code drugCatalogueImport}).
     */
    static String operationId(HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handler.getMethod().getName();
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping != null && mapping.consumes().length > 0) {
            method = method.replaceFirst("(Csv|Json|Text)$", "");
        }
        return StringUtils.uncapitalize(controller) + StringUtils.capitalize(method);
    }

    /** {@code KindergartenApplicationController} → {@code Kindergarten application}. */
    static String tag(Class<?> controller) {
        String name = controller.getSimpleName().replaceFirst("Controller$", "");
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The roles of {@code hasRole}/{@code hasAnyRole} on the method, else on its class, else those of
     * {@link CallableBy}; empty: any authenticated caller.
     */
    static List<String> roles(HandlerMethod handler) {
        Method method = handler.getMethod();
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        List<String> roles = new ArrayList<>();
        if (rule != null && rule.value().matches("\\s*has(Any)?Role\\(.*\\)\\s*")) {
            Matcher matcher = ROLE.matcher(rule.value());
            while (matcher.find()) {
                roles.add(matcher.group(1));
            }
            return roles;
        }
        CallableBy callers = AnnotatedElementUtils.findMergedAnnotation(method, CallableBy.class);
        if (callers == null) {
            callers = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), CallableBy.class);
        }
        if (callers != null) {
            roles.addAll(List.of(callers.value()));
        }
        return roles;
    }

    private static void security(Operation operation, List<String> roles) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            // declared on the handler (@SecurityRequirement): roles checked in code rather than by @PreAuthorize
            requirements.addAll(operation.getSecurity());
            for (SecurityRequirement requirement : requirements) {
                requirement.values().forEach(roles::addAll);
            }
        } else if (roles.isEmpty()) {
            requirements.add(new SecurityRequirement().addList(SharedComponents.SECURITY_SCHEME));
        } else {
            for (String role : roles) {
                requirements.add(new SecurityRequirement().addList(SharedComponents.SECURITY_SCHEME, role));
            }
        }
        operation.setSecurity(requirements);
        if (!roles.isEmpty()) {
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(roles));
            operation.addExtension("x-roles", distinct);
            String callers = "Roles: " + String.join(", ", distinct) + ".";
            String description = operation.getDescription();
            if (description == null) {
                operation.setDescription(callers);
            } else if (!description.contains(callers)) {
                operation.setDescription(description + "\n\n" + callers);
            }
        }
    }

    private static void parameters(Operation operation, boolean idempotent) {
        List<Parameter> parameters = new ArrayList<>();
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.get$ref() != null && parameter.get$ref().startsWith("#/components/parameters/")) {
                    continue; // added below (again, when handlers of several media types share the operation)
                }
                if ("header".equals(parameter.getIn()) && IdempotentCommands.HEADER.equalsIgnoreCase(parameter.getName())) {
                    continue;
                }
                if ("header".equals(parameter.getIn()) && RequestIds.HEADER.equalsIgnoreCase(parameter.getName())) {
                    continue;
                }
                parameters.add(parameter);
            }
        }
        if (idempotent) {
            parameters.add(SharedComponents.parameterRef(IdempotentCommands.HEADER));
        }
        parameters.add(SharedComponents.parameterRef(RequestIds.HEADER));
        operation.setParameters(parameters);
    }

    private static void responses(Operation operation, Set<Integer> statuses, boolean idempotent) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (var entry : responses.entrySet()) {
            ApiResponse response = entry.getValue();
            if (response.get$ref() != null || !entry.getKey().startsWith("2")) {
                continue;
            }
            response.addHeaderObject(RequestIds.HEADER, SharedComponents.headerRef(RequestIds.HEADER));
            if (idempotent) {
                response.addHeaderObject(IdempotentCommands.REPLAYED_HEADER,
                        SharedComponents.headerRef(IdempotentCommands.REPLAYED_HEADER));
            }
            if ("201".equals(entry.getKey())) {
                response.addHeaderObject(SharedComponents.LOCATION, SharedComponents.headerRef(SharedComponents.LOCATION));
            }
        }
        for (int status : statuses) {
            responses.putIfAbsent(Integer.toString(status), SharedComponents.responseRef(status));
        }
        operation.setResponses(responses);
    }

    private static String headerName(RequestHeader header, MethodParameter parameter) {
        String name = StringUtils.hasText(header.name()) ? header.name() : header.value();
        return StringUtils.hasText(name) ? name : parameter.getParameterName();
    }

    private static ErrorStatuses declared(HandlerMethod handler) {
        ErrorStatuses onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ErrorStatuses.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(),
                ErrorStatuses.class);
    }
}
