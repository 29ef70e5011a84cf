package cn.beijing.platform.common.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service says about its OpenAPI document ({@code /v3/api-docs}).
 *
 * @param title           the document's title, e.g. {@code energy-service}
 * @param description     what the service implements (documents of the gazette)
 * @param version         the contract's version (not the build's), changed when the contract changes incompatibly
 * @param publicDocuments whether {@code /v3/api-docs} answers without a token (the local profile); otherwise the
 *                        document is served to authenticated callers only
 */
@ConfigurationProperties("platform.openapi")
public record OpenApiProperties(String title, String description, String version, boolean publicDocuments) {

    public OpenApiProperties {
        title = title == null ? "municipal-platform" : title;
        description = description == null ? "" : description;
        version = version == null ? "1.0.0" : version;
    }
}
