package cn.beijing.platform.policy;

import java.util.Objects;

/**
 * The legal basis of a decision: the document number and article exactly as printed in the gazette,
 * and, when a parameter set was used, its name and version (e.g. {@code energy-grade-multipliers@2025-02-01}).
 */
public record Basis(String document, String article, String parameters) {

    public Basis {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(article, "article");
        if (document.isBlank() || article.isBlank()) {
            throw new IllegalArgumentException("a basis names a document and an article");
        }
    }

    public static Basis of(String document, String article) {
        return new Basis(document, article, null);
    }

    public Basis withParameters(String parameterSet) {
        return new Basis(document, article, parameterSet);
    }

    /** {@code 京建法〔2024〕12号 第五条}. */
    public String citation() {
        return document + " " + article;
    }
}
