package cn.beijing.platform.common.openapi;

import java.util.LinkedHashSet;
import java.util.List;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI 3.1 document ({@code /v3/api-docs}, springdoc): its title and description
 * ({@code platform.openapi.*}), the gateway as its server (relative {@code /}: the documents are read and tried
 * through the gateway), unique schema names ({@link SchemaNames}), and the shared components and per-operation
 * conventions of {@link SharedComponents}, {@link PlatformOperations} and {@link PlatformDocument}.
 */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class PlatformOpenApiAutoConfiguration {

    static {
        // JSON kept as recorded (a stored checklist, a decision's basis): an object or an array, as recorded
        Schema<Object> anyJson = new Schema<>();
        anyJson.setTypes(new LinkedHashSet<>(List.of("array", "object")));
        anyJson.setDescription("JSON as recorded by the service (an object or an array).");
        SpringDocUtils.getConfig()
                .replaceWithSchema(tools.jackson.databind.JsonNode.class, anyJson)
                .replaceWithSchema(com.fasterxml.jackson.databind.JsonNode.class, anyJson);
    }

    @Bean
    OpenAPI platformOpenApi(OpenApiProperties properties) {
        return new OpenAPI()
                .info(new Info().title(properties.title()).version(properties.version())
                        .description(properties.description())
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server().url("/")
                        .description("The platform's gateway (the host this document was read from)")))
                .components(SharedComponents.components());
    }

    /** Unique schema names for nested classes (see {@link SchemaNames}). */
    @Bean
    ModelConverter platformSchemaNames() {
        return new SchemaNames();
    }

    @Bean
    GlobalOperationCustomizer platformOperations() {
        return new PlatformOperations();
    }

    @Bean
    GlobalOpenApiCustomizer platformDocument(ObjectProvider<RuleFamilyPaths> families) {
        return new PlatformDocument(CalculatorExamples.fromClasspath(), families.orderedStream().toList());
    }
}
