package cn.beijing.platform.common.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an operation whose roles are checked in code rather than by {@code @PreAuthorize} (e.g.
 * a workflow step that also checks the caller's agency or team). Documented like {@code hasAnyRole(...)}: any one of
 * them suffices. On a controller class it applies to each of its operations.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CallableBy {

    String[] value();
}
