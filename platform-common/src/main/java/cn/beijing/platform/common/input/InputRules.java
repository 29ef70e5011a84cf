package cn.beijing.platform.common.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The platform's one rule for what a request may carry, whatever the service, the endpoint or the way in (JSON
 * body, CSV cell, query parameter, path segment, header). Checked before any arithmetic or storage; a value that
 * breaks it is refused with 422 naming its field, and the message never quotes the value.
 *
 * <ul>
 *   <li><b>Decimal numbers</b>: finite, below 10^{@value #MAX_INTEGER_DIGITS} in magnitude (the gazette's largest
 *       quantities — a kindergarten's fees, an institution's paid-in capital, a year's electricity in kWh — stay far
 *       below 一万亿) and at most {@value #MAX_DECIMALS} decimal places (trailing zeros do not count). Fields narrow
 *       this with {@code @Digits}/{@code @DecimalMax} by what they mean.</li>
 *   <li><b>Whole numbers</b>: integral and within the range of their Java type ({@code 2.0} is 2, {@code 2.5} is
 *       refused, never truncated).</li>
 *   <li><b>Dates</b>: from {@value #FIRST_DATE_TEXT} to {@value #LAST_DATE_TEXT} (no negative or five-digit
 *       years).</li>
 *   <li><b>Text</b>: at most {@value #MAX_TEXT} characters (the longest free text a gazette document asks for: a
 *       statement, an evidence note); no control character — NUL never, tab, line feed and carriage return only in
 *       free text ({@link FreeText}) — no unpaired surrogate and no non-character (U+FFFE, U+FFFF). Fields narrow
 *       the length with {@code @Size}.</li>
 * </ul>
 */
public final class InputRules {

    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_DECIMALS = 8;
    public static final int MAX_TEXT = 4000;
    static final String FIRST_DATE_TEXT = "1900-01-01";
    static final String LAST_DATE_TEXT = "2100-12-31";
    public static final LocalDate FIRST_DATE = LocalDate.parse(FIRST_DATE_TEXT);
    public static final LocalDate LAST_DATE = LocalDate.parse(LAST_DATE_TEXT);

    static final String DECIMAL_RULE = "must be a finite number below 10^" + MAX_INTEGER_DIGITS + " with at most "
            + MAX_DECIMALS + " decimal places";
    static final String DATE_RULE = "must be a date from " + FIRST_DATE_TEXT + " to " + LAST_DATE_TEXT;

    private InputRules() {
    }

    /** What is wrong with a decimal number, or empty when it keeps the rule. Cheap for any input. */
    public static Optional<String> decimal(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return Optional.empty();
        }
        // integer digits = precision - scale: 1e2000000 has precision 1 and scale -2000000
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return Optional.of(DECIMAL_RULE);
        }
        if (value.scale() > MAX_DECIMALS && (value.scale() > 2L * MAX_DECIMALS + value.precision()
                || value.stripTrailingZeros().scale() > MAX_DECIMALS)) {
            return Optional.of(DECIMAL_RULE);
        }
        return Optional.empty();
    }

    /** A decimal from text (a CSV cell, a query parameter): the number, or why it is refused. */
    public static Parsed<BigDecimal> parseDecimal(String text) {
        String value = text.strip();
        if (value.length() > 100) {
            return Parsed.refused(DECIMAL_RULE);
        }
        if (nonFinite(value)) {
            return Parsed.refused(DECIMAL_RULE);
        }
        try {
            BigDecimal number = new BigDecimal(value);
            return decimal(number).<Parsed<BigDecimal>>map(Parsed::refused).orElseGet(() -> Parsed.of(number));
        } catch (NumberFormatException e) {
            return Parsed.refused("must be a number");
        }
    }

    /** Whether a text names a non-finite number ({@code NaN}, {@code Infinity}, {@code -INF} …). */
    public static boolean nonFinite(String text) {
        String t = text.strip();
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        return t.equalsIgnoreCase("NaN") || t.equalsIgnoreCase("Infinity") || t.equalsIgnoreCase("Inf");
    }

    /** What is wrong with a whole number for a Java type of the given range, or empty. */
    public static Optional<String> whole(BigDecimal value, BigInteger min, BigInteger max) {
        String rule = "must be a whole number from " + min + " to " + max;
        if (value.signum() == 0) {
            return Optional.empty();
        }
        // 1e-2000000 is one digit with a fraction: stripping is cheap and never expands the number
        BigDecimal stripped = value.scale() > 0 ? value.stripTrailingZeros() : value;
        if (stripped.scale() > 0) {
            return Optional.of(rule);
        }
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (integerDigits > max.toString().length()) {
            return Optional.of(rule);
        }
        BigInteger integral = stripped.toBigInteger();
        return integral.compareTo(min) < 0 || integral.compareTo(max) > 0 ? Optional.of(rule) : Optional.empty();
    }

    /** What is wrong with a date, or empty. */
    public static Optional<String> date(LocalDate value) {
        if (value == null || (!value.isBefore(FIRST_DATE) && !value.isAfter(LAST_DATE))) {
            return Optional.empty();
        }
        return Optional.of(DATE_RULE);
    }

    /** A date from text ({@code YYYY-MM-DD}): the date, or why it is refused. */
    public static Parsed<LocalDate> parseDate(String text) {
        String value = text.strip();
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Parsed.refused("must be a date YYYY-MM-DD");
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return date(date).<Parsed<LocalDate>>map(Parsed::refused).orElseGet(() -> Parsed.of(date));
        } catch (java.time.DateTimeException e) {
            return Parsed.refused("must be a date YYYY-MM-DD");
        }
    }

    /** What is wrong with a single-line text of at most {@link #MAX_TEXT} characters, or empty. */
    public static Optional<String> text(String value) {
        return text(value, false, MAX_TEXT);
    }

    /**
     * What is wrong with a text, or empty.
     *
     * @param freeText tab, line feed and carriage return allowed
     */
    public static Optional<String> text(String value, boolean freeText, int maxLength) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                if (!(freeText && (c == '\t' || c == '\n' || c == '\r'))) {
                    return Optional.of(freeText ? "must not contain control characters other than tab and line breaks"
                            : "must not contain control characters (a single line of text)");
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return Optional.of("must be valid Unicode text");
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of("must be valid Unicode text");
            }
        }
        return Optional.empty();
    }

    /** A value read from text, or the reason it was refused. */
    public record Parsed<T>(T value, String problem) {

        static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> refused(String problem) {
            return new Parsed<>(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }
}
