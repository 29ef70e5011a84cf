package cn.beijing.platform.medical.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed reads of SnakeYAML nodes; every failure names the file and the path inside it. */
public final class YamlValues {

    private final String file;

    YamlValues(String file) {
        this.file = file;
    }

    public ParameterFileException error(String path, String message) {
        return new ParameterFileException(file, path + ": " + message);
    }

    @SuppressWarnings("unchecked")
    public Map<Object, Object> map(Object node, String path) {
        if (!(node instanceof Map<?, ?> map)) {
            throw error(path, node == null ? "missing" : "expected a mapping");
        }
        return (Map<Object, Object>) map;
    }

    public Object required(Map<Object, Object> map, String key, String path) {
        Object value = map.get(key);
        if (value == null) {
            throw error(path + "." + key, "missing");
        }
        return value;
    }

    public void onlyKeys(Map<Object, Object> map, Set<String> allowed, String path) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw error(path + "." + key, "unknown key (allowed: " + allowed + ")");
            }
        }
    }

    public List<?> list(Object node, String path) {
        if (!(node instanceof List<?> list)) {
            throw error(path, node == null ? "missing" : "expected a list");
        }
        return list;
    }

    public String string(Object node, String path) {
        if (node == null || node instanceof Map || node instanceof List) {
            throw error(path, node == null ? "missing" : "expected a text");
        }
        String text = String.valueOf(node).strip();
        if (text.isEmpty()) {
            throw error(path, "blank");
        }
        return text;
    }

    public List<String> strings(Object node, String path) {
        List<?> list = list(node, path);
        return list.stream().map(item -> string(item, path + "[]")).toList();
    }

    public BigDecimal decimal(Object node, String path) {
        if (node instanceof Integer || node instanceof Long || node instanceof java.math.BigInteger
                || node instanceof Double || node instanceof String) {
            try {
                return new BigDecimal(String.valueOf(node).strip());
            } catch (NumberFormatException e) {
                throw error(path, "expected a number, was " + node);
            }
        }
        throw error(path, node == null ? "missing" : "expected a number");
    }

    public int integer(Object node, String path) {
        try {
            return decimal(node, path).intValueExact();
        } catch (ArithmeticException e) {
            throw error(path, "expected a whole number, was " + node);
        }
    }

    public boolean bool(Object node, String path) {
        if (node instanceof Boolean b) {
            return b;
        }
        throw error(path, node == null ? "missing" : "expected true or false");
    }

    public LocalDate date(Object node, String path) {
        if (node instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (node instanceof String s) {
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw error(path, "expected a date yyyy-mm-dd, was " + s);
            }
        }
        throw error(path, node == null ? "missing" : "expected a date yyyy-mm-dd");
    }

    public <E extends Enum<E>> E enumValue(Class<E> type, Object node, String path) {
        String name = string(node, path);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw error(path, "unknown " + type.getSimpleName() + " " + name);
        }
    }
}
