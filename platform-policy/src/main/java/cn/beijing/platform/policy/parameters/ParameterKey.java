package cn.beijing.platform.policy.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a record component read from a parameter file: the key it is read from, when it is not the component's name in
 * snake_case, and whether the key may be absent (the component is then {@code null}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface ParameterKey {

    /** The key; empty means the component's name in snake_case ({@code ratePercent} → {@code rate_percent}). */
    String value() default "";

    /** Whether the key may be absent. */
    boolean optional() default false;
}
