package cn.beijing.platform.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.beijing.platform.common.rules.RuleFamily;
import cn.beijing.platform.policy.RuleDescriptor;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The calculators of a {@link RuleFamily} in the document: the handler answers {@code …/{number}/evaluations} for
 * every member and reads the body as the member's input, so the one templated operation says little. Each declared
 * member gets its own path ({@code …/articles/2/evaluations}, operation {@code <operationIdPrefix>02}) with the
 * member's input and decision schemas and a summary naming its document and article; the templated operation stays
 * for the numbers that are not members (404). A member added to the family shows in the document with nothing to
 * write here.
 *
 * @param templatePath      the handler's path, e.g. {@code /api/subsidies/industrial-finance/articles/{article}/evaluations}
 * @param operationIdPrefix e.g. {@code industrialFinanceArticle}
 * @param family            the family whose declared members the path reaches
 */
public record RuleFamilyPaths(String templatePath, String operationIdPrefix, RuleFamily<?> family) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    @SuppressWarnings("rawtypes")
    void addTo(OpenAPI openApi) {
        PathItem template = openApi.getPaths() == null ? null : openApi.getPaths().get(templatePath);
        if (template == null || template.getPost() == null) {
            throw new IllegalStateException("no POST " + templatePath + " to document the members of");
        }
        Matcher variable = VARIABLE.matcher(templatePath);
        if (!variable.find()) {
            throw new IllegalStateException(templatePath + " has no path variable for the member's number");
        }
        Paths paths = new Paths();
        List<Schema> decisions = new ArrayList<>();
        for (Map.Entry<String, PathItem> entry : openApi.getPaths().entrySet()) {
            paths.addPathItem(entry.getKey(), entry.getValue());
            if (entry.getKey().equals(templatePath)) {
                for (int number : family.numbers()) {
                    String path = templatePath.substring(0, variable.start()) + number
                            + templatePath.substring(variable.end());
                    Operation member = member(openApi, template.getPost(), variable.group(1), number,
                            family.descriptor(number));
                    paths.addPathItem(path, new PathItem().post(member));
                    Schema decision = member.getResponses().get("200").getContent().get(JSON).getSchema();
                    if (!decisions.contains(decision)) {
                        decisions.add(decision);
                    }
                }
            }
        }
        openApi.setPaths(paths);
        // the templated path: any number, the facts and the decision of the member it names
        Operation templated = template.getPost();
        String replaced = templated.getResponses().get("200").getContent().get(JSON).getSchema().get$ref();
        templated.getRequestBody().setContent(new Content().addMediaType(JSON, new MediaType().schema(new Schema<>()
                .type("object").description("The facts of the member the path names: its own path in this"
                        + " document gives their schema."))));
        templated.getResponses().get("200").setContent(new Content().addMediaType(JSON, new MediaType().schema(
                decisions.size() == 1 ? decisions.get(0) : new Schema<>().anyOf(decisions))));
        if (replaced != null && !Json31.pretty(openApi).contains("\"" + replaced + "\"")) {
            // the handler's declared answer (an interface of the members' decisions) is no longer referenced
            openApi.getComponents().getSchemas().remove(replaced.substring(replaced.lastIndexOf('/') + 1));
        }
    }

    private Operation member(OpenAPI openApi, Operation templated, String variable, int number,
                             RuleDescriptor rule) {
        Operation operation = copy(templated);
        operation.setOperationId(String.format("%s%02d", operationIdPrefix, number));
        operation.setSummary(title(rule.type()) + " (" + rule.document() + " " + rule.article() + ")");
        operation.setDescription("Rule `" + rule.id() + "`: the decision on the facts of " + rule.article()
                + "; `decisionDate` (default today) picks the parameters in force.");
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : operation.getParameters()) {
            if (!("path".equals(parameter.getIn()) && variable.equals(parameter.getName()))) {
                parameters.add(parameter);
            }
        }
        operation.setParameters(parameters);
        operation.getRequestBody().setContent(new Content().addMediaType(JSON,
                new MediaType().schema(schema(openApi, rule.input()))));
        ApiResponse ok = operation.getResponses().get("200");
        ok.setContent(new Content().addMediaType(JSON, new MediaType().schema(schema(openApi, rule.decision()))));
        if (operation.getResponses().containsKey("404")) {
            // the member exists: only the templated path answers 404
            operation.getResponses().remove("404");
        }
        return operation;
    }

    /** The type's schema, its named parts added to the components (the converters springdoc uses, SchemaNames). */
    @SuppressWarnings("rawtypes")
    private static Schema schema(OpenAPI openApi, java.lang.reflect.Type type) {
        ResolvedSchema resolved = ModelConverters.getInstance(true)
                .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            schemas = new LinkedHashMap<>();
            openApi.getComponents().setSchemas(schemas);
        }
        for (Map.Entry<String, Schema> referenced : resolved.referencedSchemas.entrySet()) {
            schemas.putIfAbsent(referenced.getKey(), referenced.getValue());
        }
        return resolved.schema;
    }

    private static Operation copy(Operation operation) {
        try {
            return Json31.mapper().readValue(Json31.mapper().writeValueAsString(operation), Operation.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot copy " + operation.getOperationId(), e);
        }
    }

    /** {@code TechInsuranceSubsidy} → {@code Tech insurance subsidy}. */
    static String title(Class<?> rule) {
        String words = rule.getSimpleName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
