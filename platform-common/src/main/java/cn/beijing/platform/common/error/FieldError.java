package cn.beijing.platform.common.error;

/** One offending input field: its JSON path ({@code children[2].birthDate}) and what is wrong with it. */
public record FieldError(String field, String message) {
}
