package cn.beijing.platform.common.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Problem statuses an operation answers beyond those {@link PlatformOperations} derives from its signature
 * (400, 401, 429 and 503 always; 413 and 415 with a body; 422 with input; 403 with roles; 404 with path variables; 409 with
 * an {@code Idempotency-Key}). On a controller class it applies to each of its operations. Each status is documented
 * with the shared {@code Problem} response of that status.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ErrorStatuses {

    /** E.g. {@code 404} for a lookup by query, {@code 409} for a calculator that refuses by rule. */
    int[] value();
}
