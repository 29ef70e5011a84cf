package cn.beijing.platform.subsidy.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One value read from a parameter file: a scalar or a table. Every accessor fails with a
 * {@link ParameterFileException} naming the file and the path when the value is missing or of the wrong
 * kind; after mapping, {@link #requireAllRead()} rejects keys nobody asked for (typos do not pass silently).
 */
public final class ParameterValue {

    private final String file;
    private final String path;
    private final Object raw;
    private final Set<String> read = new LinkedHashSet<>();
    private final List<ParameterValue> children = new ArrayList<>();

    ParameterValue(String file, String path, Object raw) {
        this.file = file;
        this.path = path;
        this.raw = raw;
    }

    private ParameterFileException wrong(String expected) {
        return new ParameterFileException(file, path + " should be " + expected + " but is " + raw);
    }

    public BigDecimal decimal() {
        if (raw instanceof Number || raw instanceof String) {
            try {
                return new BigDecimal(raw.toString().trim());
            } catch (NumberFormatException e) {
                throw wrong("a number");
            }
        }
        throw wrong("a number");
    }

    public int integer() {
        if (raw instanceof Integer || raw instanceof Long) {
            return Math.toIntExact(((Number) raw).longValue());
        }
        if (raw instanceof String text) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw wrong("a whole number");
            }
        }
        throw wrong("a whole number");
    }

    public boolean flag() {
        if (raw instanceof Boolean b) {
            return b;
        }
        throw wrong("true or false");
    }

    public String text() {
        if (raw instanceof String s && !s.isBlank()) {
            return s;
        }
        throw wrong("a text");
    }

    public LocalDate date() {
        if (raw instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (raw instanceof String s) {
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw wrong("a date (YYYY-MM-DD)");
            }
        }
        throw wrong("a date (YYYY-MM-DD)");
    }

    /** A month-day written {@code "MM-DD"}. */
    public MonthDay monthDay() {
        if (raw instanceof String s) {
            try {
                return MonthDay.parse("--" + s.trim());
            } catch (DateTimeParseException e) {
                throw wrong("a month-day (\"MM-DD\")");
            }
        }
        throw wrong("a month-day (\"MM-DD\")");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> table() {
        if (raw instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw wrong("a table");
    }

    public boolean has(String key) {
        read.add(key);
        return table().containsKey(key);
    }

    public ParameterValue get(String key) {
        Map<String, Object> table = table();
        read.add(key);
        if (!table.containsKey(key) || table.get(key) == null) {
            throw new ParameterFileException(file, "missing key " + path + "." + key);
        }
        ParameterValue child = new ParameterValue(file, path + "." + key, table.get(key));
        children.add(child);
        return child;
    }

    public List<ParameterValue> list() {
        if (!(raw instanceof List<?> items)) {
            throw wrong("a list");
        }
        List<ParameterValue> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ParameterValue child = new ParameterValue(file, path + "[" + i + "]", items.get(i));
            children.add(child);
            values.add(child);
        }
        if (values.isEmpty()) {
            throw wrong("a non-empty list");
        }
        return values;
    }

    public BigDecimal decimal(String key) {
        return get(key).decimal();
    }

    public int integer(String key) {
        return get(key).integer();
    }

    public boolean flag(String key) {
        return get(key).flag();
    }

    public String text(String key) {
        return get(key).text();
    }

    public LocalDate date(String key) {
        return get(key).date();
    }

    public List<ParameterValue> list(String key) {
        return get(key).list();
    }

    public List<Integer> integers(String key) {
        return list(key).stream().map(ParameterValue::integer).toList();
    }

    public List<String> texts(String key) {
        return list(key).stream().map(ParameterValue::text).toList();
    }

    /** Fails when this table (or a table inside it) has a key that the mapping did not read. */
    void requireAllRead() {
        if (raw instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!read.contains(String.valueOf(key))) {
                    throw new ParameterFileException(file, "unknown key " + path + "." + key);
                }
            }
        }
        for (ParameterValue child : children) {
            child.requireAllRead();
        }
    }
}
