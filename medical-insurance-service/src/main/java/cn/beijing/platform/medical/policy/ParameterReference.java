package cn.beijing.platform.medical.policy;

import java.util.Objects;

/** The document and article a parameter file quantifies. */
public record ParameterReference(String document, String article) {

    public ParameterReference {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(article, "article");
    }
}
