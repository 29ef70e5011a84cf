package cn.beijing.platform.energy.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed access to the fields of one version of a parameter file; records which keys were read. */
final class ParameterFields {

    private final String file;
    private final LocalDate validFrom;
    private final Map<String, Object> fields;
    private final Set<String> read = new HashSet<>();

    ParameterFields(String file, LocalDate validFrom, Map<String, Object> fields) {
        this.file = file;
        this.validFrom = validFrom;
        this.fields = fields;
    }

    String file() {
        return file;
    }

    Object raw(String key) {
        read.add(key);
        Object value = fields.get(key);
        if (value == null) {
            throw fail("missing key '" + key + "'");
        }
        return value;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Set<String> keys() {
        return fields.keySet();
    }

    BigDecimal decimal(String key) {
        return decimal(raw(key), key);
    }

    BigDecimal decimal(Object value, String key) {
        if (!(value instanceof Number) && !(value instanceof String)) {
            throw fail("'" + key + "' is not a number");
        }
        try {
            return new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw fail("'" + key + "' is not a number: " + value);
        }
    }

    int integer(String key) {
        Object value = raw(key);
        if (!(value instanceof Integer number)) {
            throw fail("'" + key + "' is not an integer: " + value);
        }
        return number;
    }

    boolean flag(String key) {
        Object value = raw(key);
        if (!(value instanceof Boolean bool)) {
            throw fail("'" + key + "' is not true/false: " + value);
        }
        return bool;
    }

    String text(String key) {
        Object value = raw(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw fail("'" + key + "' is not text: " + value);
        }
        return text;
    }

    Set<Integer> integers(String key) {
        Object value = raw(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw fail("'" + key + "' is not a non-empty list");
        }
        Set<Integer> result = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof Integer number) || !result.add(number)) {
                throw fail("'" + key + "' must hold distinct integers: " + list);
            }
        }
        return result;
    }

    MonthDay monthDay(String monthKey, String dayKey) {
        int month = integer(monthKey);
        int day = integer(dayKey);
        try {
            return MonthDay.of(month, day);
        } catch (RuntimeException e) {
            throw fail("no such day: month " + month + ", day " + day);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> mapping(String key) {
        Object value = raw(key);
        if (!(value instanceof Map<?, ?>)) {
            throw fail("'" + key + "' is not a mapping");
        }
        return (Map<String, Object>) value;
    }

    /** Fails when a key was never read: catches typos in parameter files. */
    void requireAllRead() {
        for (String key : fields.keySet()) {
            if (!read.contains(key)) {
                throw fail("unexpected key '" + key + "'");
            }
        }
    }

    ParameterFileException fail(String message) {
        return new ParameterFileException(file, "version " + validFrom + ": " + message);
    }
}
