package cn.beijing.platform.medical.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Typed reads of import cells; each failure is recorded against the row's line and column, never thrown. */
public final class Cells {

    private final ImportErrors errors;

    public Cells(ImportErrors errors) {
        this.errors = errors;
    }

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

    /** A decimal with at most {@code maxDecimals} places, or null when blank (and not required). */
    public BigDecimal decimal(ImportRow row, String column, boolean required, int maxDecimals) {
        String value = required ? required(row, column) : row.text(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value);
            if (Math.max(0, d.stripTrailingZeros().scale()) > maxDecimals) {
                errors.add(row.field(column), "has more than " + maxDecimals + " decimals");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(row.field(column), "must be a number");
            return null;
        }
    }

    public BigDecimal positive(ImportRow row, String column, boolean required, int maxDecimals) {
        BigDecimal d = decimal(row, column, required, maxDecimals);
        if (d != null && d.signum() <= 0) {
            errors.add(row.field(column), "must be greater than 0");
            return null;
        }
        return d;
    }

    public BigDecimal nonNegative(ImportRow row, String column, boolean required, int maxDecimals) {
        BigDecimal d = decimal(row, column, required, maxDecimals);
        if (d != null && d.signum() < 0) {
            errors.add(row.field(column), "must not be negative");
            return null;
        }
        return d;
    }

    public LocalDate date(ImportRow row, String column, boolean required) {
        String value = required ? required(row, column) : row.text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(row.field(column), "must be a date YYYY-MM-DD");
            return null;
        }
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
