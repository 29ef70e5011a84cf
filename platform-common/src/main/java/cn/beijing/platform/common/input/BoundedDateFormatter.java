package cn.beijing.platform.common.input;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Dates in query parameters and path segments: ISO {@code YYYY-MM-DD} (a malformed text stays a 400, "wrong type"),
 * inside {@link InputRules}' range (outside it: {@link RefusedValueException}, 422 naming the parameter).
 */
public final class BoundedDateFormatter implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) {
        LocalDate date = LocalDate.parse(text.strip());
        InputRules.date(date).ifPresent(rule -> {
            throw new RefusedValueException(rule);
        });
        return date;
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return date.toString();
    }
}
