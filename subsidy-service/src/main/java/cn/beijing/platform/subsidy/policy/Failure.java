package cn.beijing.platform.subsidy.policy;

import java.util.Objects;

import cn.beijing.platform.policy.Basis;

/**
 * One condition a case does not meet, named by a stable code and the article that sets the condition
 * (e.g. {@code SAFETY_ACCIDENT_WITHIN_LOOKBACK}, 京技管发〔2024〕30号 第十二条).
 */
public record Failure(String code, String document, String article, String message) {

    public Failure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(message, "message");
    }

    public Basis basis() {
        return Basis.of(document, article);
    }
}
