package cn.beijing.platform.policy.parameters;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One node of a parameter file's {@code value:} — a scalar, a list or a mapping — with typed, path-aware reads. Every
 * key of every mapping must be read: {@link #requireAllRead()} refuses the others (a typo does not pass silently).
 *
 * <p>{@link #as(Type)} binds the node to a type: {@code BigDecimal}, {@code int}, {@code long}, {@code boolean},
 * {@code String}, {@code LocalDate}, {@code MonthDay} ({@code "MM-DD"}), enums, {@code List}, {@code Set},
 * {@code Map} (enum, integer or text keys), records (each component from its snake_case key, see
 * {@link ParameterKey}; the record's own constructor checks are reported with the path), and any class with a public
 * static method taking a {@code ParameterNode} and returning the class.
 */
public final class ParameterNode {

    private final String file;
    private final String path;
    private final Object raw;
    private final Function<String, String> resources;
    private final Set<String> read = new LinkedHashSet<>();
    private final List<ParameterNode> children = new ArrayList<>();

    ParameterNode(String file, String path, Object raw, Function<String, String> resources) {
        this.file = file;
        this.path = path;
        this.raw = raw;
        this.resources = resources;
    }

    /** A failure of this node: the file and the path inside it. */
    public ParameterFileException fail(String message) {
        return new ParameterFileException(file, path + ": " + message);
    }

    private ParameterFileException wrong(String expected) {
        return fail("should be " + expected + " but is " + (raw instanceof Map || raw instanceof List
                ? (raw instanceof Map ? "a mapping" : "a list") : "'" + raw + "'"));
    }

    Object raw() {
        return raw;
    }

    public boolean isMapping() {
        return raw instanceof Map;
    }

    public boolean isList() {
        return raw instanceof List;
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

    /** A number that is not negative (an amount, an area, a multiplier). */
    public BigDecimal nonNegative() {
        BigDecimal value = decimal();
        if (value.signum() < 0) {
            throw fail("must not be negative (was " + value.toPlainString() + ")");
        }
        return value;
    }

    /** A number greater than zero. */
    public BigDecimal positive() {
        BigDecimal value = decimal();
        if (value.signum() <= 0) {
            throw fail("must be greater than 0 (was " + value.toPlainString() + ")");
        }
        return value;
    }

    /** A share in [0, 1]. */
    public BigDecimal ratio() {
        BigDecimal value = decimal();
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw fail("a ratio must lie in [0, 1] (was " + value.toPlainString() + ")");
        }
        return value;
    }

    /** A percentage in [0, 100]. */
    public BigDecimal percentage() {
        BigDecimal value = nonNegative();
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw fail("a percentage is at most 100 (was " + value.toPlainString() + ")");
        }
        return value;
    }

    /** A whole number that is not negative (a count, a number of decimals). */
    public int count() {
        int value = integer();
        if (value < 0) {
            throw fail("must not be negative (was " + value + ")");
        }
        return value;
    }

    /** A whole number of at least 1 (years, working days). */
    public int positiveInteger() {
        int value = integer();
        if (value < 1) {
            throw fail("must be at least 1 (was " + value + ")");
        }
        return value;
    }

    public int integer() {
        if (raw instanceof Integer || raw instanceof Long) {
            try {
                return Math.toIntExact(((Number) raw).longValue());
            } catch (ArithmeticException e) {
                throw wrong("a whole number");
            }
        }
        throw wrong("a whole number");
    }

    public long longInteger() {
        if (raw instanceof Integer || raw instanceof Long) {
            return ((Number) raw).longValue();
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
            return s.strip();
        }
        throw wrong("a text");
    }

    public LocalDate date() {
        if (raw instanceof Date d) {
            // an unquoted 2024-12-02 is read as a UTC timestamp
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (raw instanceof String s) {
            try {
                return LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw wrong("a date (yyyy-MM-dd)");
            }
        }
        throw wrong("a date (yyyy-MM-dd)");
    }

    /** A day of the year written {@code "MM-DD"}. */
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

    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String name = text();
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw fail("'" + name + "' is not a " + type.getSimpleName());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> mapping() {
        if (raw instanceof Map<?, ?> map) {
            return (Map<Object, Object>) map;
        }
        throw wrong("a mapping");
    }

    private ParameterNode child(String childPath, Object value) {
        ParameterNode child = new ParameterNode(file, childPath, value, resources);
        children.add(child);
        return child;
    }

    public boolean has(String key) {
        read.add(key);
        return mapping().get(key) != null;
    }

    public ParameterNode get(String key) {
        Map<Object, Object> map = mapping();
        read.add(key);
        Object value = map.get(key);
        if (value == null) {
            throw fail("missing key '" + key + "'");
        }
        return child(path + "." + key, value);
    }

    /** The keys of this mapping, in file order. */
    public List<String> keys() {
        return mapping().keySet().stream().map(ParameterNode::key).toList();
    }

    /** Every entry of this mapping, in file order (all of them count as read). */
    public Map<String, ParameterNode> entries() {
        Map<String, ParameterNode> entries = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> e : mapping().entrySet()) {
            String key = key(e.getKey());
            read.add(key);
            if (e.getValue() == null) {
                throw fail("'" + key + "' has no value");
            }
            entries.put(key, child(path + "." + key, e.getValue()));
        }
        return entries;
    }

    /** This mapping keyed by the constants of {@code keys}, each value read by {@code values}. */
    public <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> keys, Function<ParameterNode, V> values) {
        Map<K, V> map = new EnumMap<>(keys);
        for (Map.Entry<String, ParameterNode> e : entries().entrySet()) {
            map.put(new ParameterNode(file, e.getValue().path, e.getKey(), resources).enumValue(keys),
                    values.apply(e.getValue()));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** This mapping keyed by text, in file order, each value read by {@code values}. */
    public <V> Map<String, V> map(Function<ParameterNode, V> values) {
        Map<String, V> map = new LinkedHashMap<>();
        entries().forEach((key, value) -> map.put(key, values.apply(value)));
        return java.util.Collections.unmodifiableMap(map);
    }

    public List<ParameterNode> list() {
        if (!(raw instanceof List<?> items)) {
            throw wrong("a list");
        }
        List<ParameterNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw fail("item " + i + " is empty");
            }
            nodes.add(child(path + "[" + i + "]", items.get(i)));
        }
        return nodes;
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

    public List<ParameterNode> list(String key) {
        return get(key).list();
    }

    public List<String> texts(String key) {
        return list(key).stream().map(ParameterNode::text).toList();
    }

    /**
     * The CSV table named by {@code key} (a file beside the parameter file), checked against its header.
     */
    public CsvTable table(String key, List<String> header) {
        String name = text(key);
        String text = resources == null ? null : resources.apply(name);
        if (text == null) {
            throw get(key).fail("table " + name + " not found");
        }
        return CsvTable.parse(name, text, header);
    }

    /** Binds this node to {@code type} (see the class comment). */
    @SuppressWarnings("unchecked")
    public <T> T as(Class<T> type) {
        return (T) as((Type) type);
    }

    /** Binds this node to a generic type such as {@code List<Tier>}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object as(Type type) {
        if (type instanceof ParameterizedType generic) {
            Class<?> container = (Class<?>) generic.getRawType();
            Type[] args = generic.getActualTypeArguments();
            if (container == List.class) {
                return list().stream().map(n -> n.as(args[0])).toList();
            }
            if (container == Set.class) {
                Set<Object> set = new LinkedHashSet<>();
                for (ParameterNode n : list()) {
                    if (!set.add(n.as(args[0]))) {
                        throw n.fail("appears twice");
                    }
                }
                return java.util.Collections.unmodifiableSet(set);
            }
            if (container == Map.class) {
                Class<?> keyType = (Class<?>) args[0];
                Map<Object, Object> map = keyType.isEnum() ? new EnumMap(keyType) : new LinkedHashMap<>();
                for (Map.Entry<String, ParameterNode> e : entries().entrySet()) {
                    map.put(mapKey(keyType, e.getKey(), e.getValue()), e.getValue().as(args[1]));
                }
                return java.util.Collections.unmodifiableMap(map);
            }
            throw fail("cannot read a " + type.getTypeName());
        }
        Class<?> c = (Class<?>) type;
        if (c == ParameterNode.class) {
            return this;
        }
        if (c == BigDecimal.class) {
            return decimal();
        }
        if (c == int.class || c == Integer.class) {
            return integer();
        }
        if (c == long.class || c == Long.class) {
            return longInteger();
        }
        if (c == boolean.class || c == Boolean.class) {
            return flag();
        }
        if (c == String.class) {
            return text();
        }
        if (c == LocalDate.class) {
            return date();
        }
        if (c == MonthDay.class) {
            return monthDay();
        }
        if (c.isEnum()) {
            return enumValue((Class<Enum>) c);
        }
        if (c.isRecord()) {
            return record(c);
        }
        for (Method m : c.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == c && m.getParameterCount() == 1
                    && m.getParameterTypes()[0] == ParameterNode.class) {
                return invoke(() -> m.invoke(null, this));
            }
        }
        throw fail("cannot read a " + c.getSimpleName());
    }

    private Object mapKey(Class<?> keyType, String key, ParameterNode value) {
        if (keyType == String.class) {
            return key;
        }
        if (keyType == Integer.class) {
            try {
                return Integer.valueOf(key);
            } catch (NumberFormatException e) {
                throw value.fail("the key should be a whole number");
            }
        }
        if (keyType.isEnum()) {
            return new ParameterNode(file, value.path, key, resources).enumValue(keyType.asSubclass(Enum.class));
        }
        throw fail("cannot read keys of type " + keyType.getSimpleName());
    }

    private Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            ParameterKey annotation = component.getAnnotation(ParameterKey.class);
            String key = annotation == null || annotation.value().isEmpty() ? snakeCase(component.getName())
                    : annotation.value();
            if (annotation != null && annotation.optional() && !has(key)) {
                if (types[i].isPrimitive()) {
                    throw fail("optional key '" + key + "' needs a non-primitive component");
                }
                continue;
            }
            values[i] = get(key).as(component.getGenericType());
        }
        return invoke(() -> {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        });
    }

    private interface Reflective {
        Object call() throws ReflectiveOperationException;
    }

    private Object invoke(Reflective call) {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ParameterFileException p) {
                throw p;
            }
            throw fail(String.valueOf(e.getCause().getMessage()));
        } catch (ReflectiveOperationException e) {
            throw fail("cannot be read: " + e);
        }
    }

    /** {@code ratePercent} → {@code rate_percent}. */
    static String snakeCase(String camel) {
        StringBuilder s = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                s.append('_').append(Character.toLowerCase(ch));
            } else {
                s.append(ch);
            }
        }
        return s.toString();
    }

    private static String key(Object key) {
        if (key instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(key);
    }

    /** Fails on a key of this mapping, or of a mapping inside it, that nobody read. */
    public void requireAllRead() {
        if (raw instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!read.contains(key(key))) {
                    throw fail("unknown key '" + key(key) + "'");
                }
            }
        }
        for (ParameterNode child : children) {
            child.requireAllRead();
        }
    }
}
