package cn.beijing.platform.common.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import cn.beijing.platform.common.input.InputRules;
import lombok.RequiredArgsConstructor;

/**
 * Typed reads of import cells, under the platform's input rules ({@link InputRules}); each failure is recorded
 * against the row's line and column (or row and property), never thrown.
 */
@RequiredArgsConstructor
public final class Cells {

    /** Codes (drug, item, group, hospital, category): at most this many characters. */
    public static final int MAX_CODE = 64;
    /** Any other cell (names, units, insurance classes): the official attachments' longest names are far shorter. */
    public static final int MAX_CELL = 500;

    private final ImportErrors errors;

    public ImportErrors errors() {
        return errors;
    }

    public String required(ImportRow row, String column) {
        String value = row.text(column);
        if (value == null) {
            errors.add(row.field(column), "is required");
        }
        return value;
    }

    /**
     * Whether every cell of a row keeps the text rule (a single line without control characters; codes at most
     * {@value #MAX_CODE} characters, other cells {@value #MAX_CELL}); each broken cell is recorded.
     */
    public static boolean textRule(ImportRow row, ImportErrors errors) {
        boolean ok = true;
        for (Map.Entry<String, String> cell : new TreeMap<>(row.cells()).entrySet()) {
            String column = cell.getKey();
            int maxLength = column.endsWith("code") ? MAX_CODE : MAX_CELL;
            Optional<String> problem = InputRules.text(cell.getValue(), false, maxLength);
            if (problem.isPresent()) {
                errors.add(row.field(column), problem.get());
                ok = false;
            }
        }
        return ok;
    }

    /**
     * A decimal below 10^{@code maxIntegerDigits} with at most {@code maxDecimals} places, or null when blank (and not
     * required). Refused before any arithmetic: {@code 1e308}, a 400-digit number, {@code NaN}.
     */
    public BigDecimal decimal(ImportRow row, String column, boolean required, int maxIntegerDigits, int maxDecimals) {
        BigDecimal d = parsed(row, column, required, InputRules::parseDecimal);
        if (d == null) {
            return null;
        }
        if (d.precision() - d.scale() > maxIntegerDigits) {
            errors.add(row.field(column), "must be below 10^" + maxIntegerDigits);
            return null;
        }
        if (Math.max(0, d.stripTrailingZeros().scale()) > maxDecimals) {
            errors.add(row.field(column), "has more than " + maxDecimals + " decimals");
            return null;
        }
        return d;
    }

    public BigDecimal positive(ImportRow row, String column, boolean required, int maxIntegerDigits, int maxDecimals) {
        BigDecimal d = decimal(row, column, required, maxIntegerDigits, maxDecimals);
        if (d != null && d.signum() <= 0) {
            errors.add(row.field(column), "must be greater than 0");
            return null;
        }
        return d;
    }

    public BigDecimal nonNegative(ImportRow row, String column, boolean required, int maxIntegerDigits,
                                  int maxDecimals) {
        BigDecimal d = decimal(row, column, required, maxIntegerDigits, maxDecimals);
        if (d != null && d.signum() < 0) {
            errors.add(row.field(column), "must not be negative");
            return null;
        }
        return d;
    }

    public LocalDate date(ImportRow row, String column, boolean required) {
        return parsed(row, column, required, InputRules::parseDate);
    }

    /** The cell read by {@code parse}, or null when it is blank (and not required) or unreadable (recorded). */
    private <T> T parsed(ImportRow row, String column, boolean required, Function<String, InputRules.Parsed<T>> parse) {
        String value = required ? required(row, column) : row.text(column);
        if (value == null) {
            return null;
        }
        InputRules.Parsed<T> parsed = parse.apply(value);
        if (!parsed.ok()) {
            errors.add(row.field(column), parsed.problem());
        }
        return parsed.value();
    }

    public boolean bool(ImportRow row, String column, boolean defaultValue) {
        String value = row.text(column);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(row.field(column), "must be true or false");
                yield defaultValue;
            }
        };
    }

    public <E extends Enum<E>> E enumValue(ImportRow row, String column, Class<E> type, boolean required) {
        String value = required ? required(row, column) : row.text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(row.field(column), "must be one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
