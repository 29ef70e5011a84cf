package cn.beijing.platform.policy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule's declaration as data: its {@link Rule} attributes and the input and decision types of its
 * {@code Decides<I, D>}, for the documentation, API descriptions, the case runner and the families of calculators.
 *
 * @param input    the input type, usually a record
 * @param decision the decision type, usually a record with {@code basis}
 */
public record RuleDescriptor(String id, String document, String article, List<String> parameters, Class<?> type,
                             Type input, Type decision) {

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        parameters = List.copyOf(parameters);
    }

    /** The descriptor of a class annotated {@link Rule} that implements {@link Decides}. */
    public static RuleDescriptor of(Class<?> type) {
        Rule rule = type.getAnnotation(Rule.class);
        if (rule == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @Rule");
        }
        if (!Decides.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is a @Rule but does not implement Decides");
        }
        Type[] arguments = decidesArguments(type, new HashMap<>());
        if (arguments == null) {
            throw new IllegalArgumentException(type.getName() + ": cannot resolve the input and decision of Decides");
        }
        return new RuleDescriptor(rule.id(), rule.document(), rule.article(), List.of(rule.parameters()), type,
                arguments[0], arguments[1]);
    }

    /** {@code document article}, without parameter versions. */
    public Basis basis() {
        return Basis.of(document, article);
    }

    /** The input type as a class (its raw type when generic). */
    public Class<?> inputClass() {
        return raw(input);
    }

    public Class<?> decisionClass() {
        return raw(decision);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /** Resolves {@code Decides<I, D>} through superclasses and family interfaces. */
    private static Type[] decidesArguments(Type type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw = raw(type);
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] actual = p.getActualTypeArguments();
            Map<TypeVariable<?>, Type> next = new HashMap<>(bindings);
            for (int i = 0; i < variables.length; i++) {
                next.put(variables[i], actual[i] instanceof TypeVariable<?> v && bindings.containsKey(v)
                        ? bindings.get(v) : actual[i]);
            }
            bindings = next;
        }
        if (raw == Decides.class) {
            TypeVariable<?>[] variables = Decides.class.getTypeParameters();
            return new Type[] {bindings.getOrDefault(variables[0], Object.class),
                bindings.getOrDefault(variables[1], Object.class)};
        }
        for (Type parent : raw.getGenericInterfaces()) {
            Type[] found = decidesArguments(parent, bindings);
            if (found != null) {
                return found;
            }
        }
        Type superclass = raw.getGenericSuperclass();
        return superclass == null ? null : decidesArguments(superclass, bindings);
    }
}
