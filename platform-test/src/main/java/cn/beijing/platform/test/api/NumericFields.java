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
import java.util.Set;

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
        List<Field> fields = new ArrayList<>();
        walk(bodyType, "", fields, 0);
        return fields;
    }

    private static void walk(Type type, String path, List<Field> out, int depth) {
        if (depth > 8) {
            return;
        }
        if (type instanceof Class<?> number && NUMBERS.contains(number) && !path.isEmpty()) {
            out.add(new Field(path, false));   // an element of a list of numbers
            return;
        }
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
            walk(parameterized.getActualTypeArguments()[0], path + "[]", out, depth + 1);
            return;
        }
        if (!(type instanceof Class<?> raw) || !raw.isRecord()) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
            Class<?> componentType = component.getType();
            if (NUMBERS.contains(componentType)) {
                out.add(new Field(child, positiveOnly(component.getAccessor())));
            } else {
                walk(component.getGenericType(), child, out, depth + 1);
            }
        }
    }

    private static boolean positiveOnly(Method accessor) {
        DecimalMin min = accessor.getAnnotation(DecimalMin.class);
        return accessor.getAnnotation(Positive.class) != null
                || (min != null && !min.inclusive() && new BigDecimal(min.value()).signum() >= 0);
    }
}
