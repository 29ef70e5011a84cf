package cn.beijing.platform.common.openapi;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Finishes a service's generated document: the shared schemas replace any generated schema of the same name
 * ({@code Basis} of a decision record), every object schema with properties is closed
 * ({@code additionalProperties: false}: requests are read strictly, so a body with an unknown property is 400, and
 * a response field the document does not name fails the contract tests), and the calculators get their examples.
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

    @SuppressWarnings("rawtypes")
    private static boolean isObject(Schema schema) {
        Set<String> types = schema.getTypes();
        return "object".equals(schema.getType()) || (types != null && types.contains("object"))
                || (schema.getType() == null && (types == null || types.isEmpty()) && schema.get$ref() == null);
    }
}
