package cn.beijing.platform.common.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Finishes a service's generated document: the shared schemas replace any generated schema of the same name
 * ({@code Basis} of a decision record), every object schema with properties is closed
 * ({@code additionalProperties: false}: requests are read strictly, so a body with an unknown property is 400, and
 * a response field the document does not name fails the contract tests), a property declared as alternatives
 * ({@code anyOf}/{@code oneOf} on a field of an interface type) loses the reference to the interface's empty schema,
 * and the calculators get their examples.
 * The calculators of a rule family get a path per member first ({@link RuleFamilyPaths}).
 */
public class PlatformDocument implements GlobalOpenApiCustomizer {

    private final CalculatorExamples examples;
    private final List<RuleFamilyPaths> families;

    public PlatformDocument(CalculatorExamples examples, List<RuleFamilyPaths> families) {
        this.examples = examples;
        this.families = List.copyOf(families);
    }

    @Override
    public void customise(OpenAPI openApi) {
        families.forEach(family -> family.addTo(openApi));
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            schemas.putAll(SharedComponents.schemas());
            schemas.values().forEach(PlatformDocument::close);
            Set<String> replaced = new HashSet<>();
            schemas.values().forEach(schema -> alternativesOnly(schema, replaced));
            String document = Json31.pretty(openApi);
            replaced.removeIf(name -> document.contains("\"#/components/schemas/" + name + "\""));
            replaced.stream().filter(name -> isEmpty(schemas.get(name))).forEach(schemas::remove);
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getExtensions() != null) {
                    operation.getExtensions().remove(PlatformOperations.HANDLER_IDS);
                    if (operation.getExtensions().isEmpty()) {
                        operation.setExtensions(null);
                    }
                }
            }));
        }
        examples.addTo(openApi);
    }

    @SuppressWarnings("rawtypes")
    private static void close(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            if (schema.getAdditionalProperties() == null && isObject(schema)) {
                schema.setAdditionalProperties(Boolean.FALSE);
            }
            for (Object property : schema.getProperties().values()) {
                close((Schema) property);
            }
        }
        if (schema.getItems() != null) {
            close(schema.getItems());
        }
    }

    /** Drops the {@code $ref} of a property that also lists its alternatives, remembering the schema it named. */
    @SuppressWarnings("rawtypes")
    private static void alternativesOnly(Schema schema, Set<String> replaced) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Object value : schema.getProperties().values()) {
            Schema property = (Schema) value;
            boolean alternatives = (property.getAnyOf() != null && !property.getAnyOf().isEmpty())
                    || (property.getOneOf() != null && !property.getOneOf().isEmpty());
            if (alternatives && property.get$ref() != null) {
                replaced.add(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
                property.set$ref(null);
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean isEmpty(Schema schema) {
        return schema != null && schema.getType() == null && (schema.getTypes() == null || schema.getTypes().isEmpty())
                && (schema.getProperties() == null || schema.getProperties().isEmpty()) && schema.getAllOf() == null
                && schema.getAnyOf() == null && schema.getOneOf() == null;
    }

    @SuppressWarnings("rawtypes")
    private static boolean isObject(Schema schema) {
        Set<String> types = schema.getTypes();
        return "object".equals(schema.getType()) || (types != null && types.contains("object"))
                || (schema.getType() == null && (types == null || types.isEmpty()) && schema.get$ref() == null);
    }
}
