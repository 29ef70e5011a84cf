package cn.beijing.platform.common.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field where line breaks and tabs make sense (an evidence note, a statement, a recommendation); every other
 * text is a single line (see {@link InputRules}). On a list of texts it applies to every element.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
public @interface FreeText {
}
