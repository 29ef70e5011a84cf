package cn.beijing.platform.test.api;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;

/**
 * The numeric fields of a request body type, found by walking its records (lists and sets through their element
 * type): their JSON path with {@code []} for "an element", and whether the field is positive-only.
 */
final class NumericFields {

    private static final Set<Class<?>> NUMBERS = Set.of(BigDecimal.class, BigInteger.class, Integer.class, int.class,
            Long.class, long.class, Short.class, short.class, Double.class, double.class, Float.class, float.class);

    /** {@code path}: {@code consumption[].quantity}; {@code []} at the start for a top-level list. */
    record Field(String path, boolean positiveOnly) {
    }

    private NumericFields() {
    }

    static List<Field> of(Type bodyType) {
        return of(bodyType, null);
    }

    /**
     * The numeric fields of a body type; where a part of it is a JSON tree ({@code JsonNode}, or a map of them: the
     * facts of a declared rule, one endpoint for every member of a rule family), the numbers the seed's body holds
     * there.
     */
    static List<Field> of(Type bodyType, JsonNode seedBody) {
        List<Field> fields = new ArrayList<>();
        walk(bodyType, "", fields, 0, seedBody == null ? MissingNode.getInstance() : seedBody);
        return fields;
    }

    private static void walk(Type type, String path, List<Field> out, int depth, JsonNode seed) {
        if (depth > 8) {
            return;
        }
        if (type instanceof Class<?> number && NUMBERS.contains(number) && !path.isEmpty()) {
            out.add(new Field(path, false));   // an element of a list of numbers
            return;
        }
        if (type instanceof Class<?> tree && JsonNode.class.isAssignableFrom(tree)) {
            walk(seed, path, out, depth);
            return;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                walk(parameterized.getActualTypeArguments()[0], path + "[]", out, depth + 1, seed.path(0));
            } else if (Map.class.isAssignableFrom(raw)) {
                for (String key : seed.propertyNames()) {
                    walk(parameterized.getActualTypeArguments()[1], join(path, key), out, depth + 1, seed.get(key));
                }
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || !raw.isRecord()) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            String child = join(path, component.getName());
            Class<?> componentType = component.getType();
            if (NUMBERS.contains(componentType)) {
                out.add(new Field(child, positiveOnly(component.getAccessor())));
            } else {
                walk(component.getGenericType(), child, out, depth + 1, seed.path(component.getName()));
            }
        }
    }

    /** The numbers of a JSON tree, the first element of every list. */
    private static void walk(JsonNode node, String path, List<Field> out, int depth) {
        if (depth > 8) {
            return;
        }
        if (node.isNumber() && !path.isEmpty()) {
            out.add(new Field(path, false));
        } else if (node.isArray() && !node.isEmpty()) {
            walk(node.get(0), path + "[]", out, depth + 1);
        } else if (node.isObject()) {
            for (String name : node.propertyNames()) {
                walk(node.get(name), join(path, name), out, depth + 1);
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static boolean positiveOnly(Method accessor) {
        DecimalMin min = accessor.getAnnotation(DecimalMin.class);
        return accessor.getAnnotation(Positive.class) != null
                || (min != null && !min.inclusive() && new BigDecimal(min.value()).signum() >= 0);
    }
}
