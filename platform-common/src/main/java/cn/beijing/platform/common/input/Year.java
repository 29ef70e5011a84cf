package cn.beijing.platform.common.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A calendar year inside the platform's date range ({@link InputRules}: 1900 to 2100), in a body or a path. */
@Documented
@Min(1900)
@Max(2100)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE })
public @interface Year {

    String message() default "must be a year from 1900 to 2100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
