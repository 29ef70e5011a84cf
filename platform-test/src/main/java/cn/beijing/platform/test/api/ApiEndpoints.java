package cn.beijing.platform.test.api;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The endpoints of a running service, read from its own WebFlux handler mapping — never a hand-written list that
 * could fall behind the code. Only the service's API ({@code /api/**}) is listed.
 */
public final class ApiEndpoints {

    private static final Pattern ROLE = Pattern.compile("'([A-Z][A-Z0-9_]*)'");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private ApiEndpoints() {
    }

    public static List<ApiEndpoint> of(ApplicationContext context) {
        List<ApiEndpoint> endpoints = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                HandlerMethod handler = entry.getValue();
                Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
                MediaType narrowed = consumes.size() == 1 ? consumes.iterator().next() : null;
                for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                    String path = pattern.getPatternString();
                    if (!path.startsWith("/api/")) {
                        continue;
                    }
                    for (var method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(new ApiEndpoint(method.name(), path, narrowed, bodyType(handler),
                                roles(handler), variables(path)));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(ApiEndpoint::path).thenComparing(ApiEndpoint::key));
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("no /api endpoint found in the handler mapping");
        }
        return List.copyOf(endpoints);
    }

    private static Type bodyType(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getGenericParameterType();
            }
        }
        return null;
    }

    private static Set<String> roles(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        Set<String> roles = new LinkedHashSet<>();
        if (rule != null) {
            Matcher m = ROLE.matcher(rule.value());
            while (m.find()) {
                roles.add(m.group(1));
            }
        }
        return roles;
    }

    private static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
