package cn.beijing.platform.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.beijing.platform.policy.parameters.ParameterSet;

/**
 * Every declared {@link Rule} of a service, built once from the shipped parameters: the one way services wire their
 * policy. The rule classes come from a compile-time index ({@link #INDEX}, written by the {@code @Rule} annotation
 * processor of this module), so nothing is scanned at run time. A rule's constructor takes what it needs: the
 * {@link ParameterSet} (each rule gets its own view, to check that it reads exactly the parameters it declares), the
 * context objects given here (e.g. the working-day calendar) and other policy classes, built once each.
 * <pre>{@code
 * RuleBook rules = RuleBook.load(getClass().getClassLoader(), ParameterSet.shipped(), WorkingDayCalendar.shipped());
 * EnergyGrade grade = rules.get(EnergyGrade.class);
 * }</pre>
 */
public final class RuleBook {

    /** Class path resource listing the rule classes of a module, one binary name a line. */
    public static final String INDEX = "META-INF/platform-policy/rules";

    private final ParameterSet parameters;
    private final List<Object> context;
    private final Map<Class<?>, Object> instances = new LinkedHashMap<>();
    private final Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();
    private final Map<String, Object> rules = new LinkedHashMap<>();

    private RuleBook(ParameterSet parameters, List<Object> context) {
        this.parameters = parameters;
        this.context = context;
    }

    /** The rules listed by every {@link #INDEX} on the class path of {@code loader}. */
    public static RuleBook load(ClassLoader loader, ParameterSet parameters, Object... context) {
        return of(indexed(loader), parameters, context);
    }

    /** The rules of the given classes (each annotated {@link Rule}). */
    public static RuleBook of(Iterable<Class<?>> ruleClasses, ParameterSet parameters, Object... context) {
        RuleBook book = new RuleBook(parameters, List.of(context));
        List<Class<?>> sorted = new ArrayList<>();
        ruleClasses.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> type : sorted) {
            RuleDescriptor descriptor = RuleDescriptor.of(type);
            if (book.descriptors.putIfAbsent(descriptor.id(), descriptor) != null) {
                throw new IllegalStateException("two rules have the id " + descriptor.id());
            }
        }
        for (RuleDescriptor descriptor : book.descriptors.values()) {
            book.rules.put(descriptor.id(), book.instance(descriptor.type(), new ArrayDeque<>()));
        }
        return book;
    }

    /** The rule classes named by every {@link #INDEX} on the class path of {@code loader}. */
    public static List<Class<?>> indexed(ClassLoader loader) {
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(indexes.nextElement().openStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the rule index names " + name + ", which is not on the class path", e);
            }
        }
        return classes;
    }

    /** The rule or policy object of that class, built once. */
    public <T> T get(Class<T> type) {
        Object instance = instances.get(type);
        if (instance == null) {
            throw new IllegalArgumentException("no rule or policy object " + type.getName() + " in this rule book");
        }
        return type.cast(instance);
    }

    /** The rule declared with {@code id}. */
    public Decides<?, ?> rule(String id) {
        Object rule = rules.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("no rule " + id + " (rules: " + rules.keySet() + ")");
        }
        return (Decides<?, ?>) rule;
    }

    public RuleDescriptor descriptor(String id) {
        rule(id);
        return descriptors.get(id);
    }

    /** Every declaration, ordered by class name. */
    public List<RuleDescriptor> descriptors() {
        return List.copyOf(descriptors.values());
    }

    /** The declared rules that are a {@code family} (e.g. every article of one document), ordered by id. */
    public <T> List<T> all(Class<T> family) {
        return descriptors.values().stream().sorted(Comparator.comparing(RuleDescriptor::id))
                .map(d -> rules.get(d.id())).filter(family::isInstance).map(family::cast).toList();
    }

    /** Every object built: the rules and the policy objects they depend on. */
    public Map<Class<?>, Object> instances() {
        return Map.copyOf(instances);
    }

    private Object instance(Class<?> type, Deque<Class<?>> building) {
        for (Object candidate : context) {
            if (type.isInstance(candidate)) {
                return candidate;
            }
        }
        Object existing = instances.get(type);
        if (existing != null) {
            return existing;
        }
        if (building.contains(type)) {
            throw new IllegalStateException("policy classes depend on each other in a circle: " + building);
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.getName().startsWith("java.")) {
            throw new IllegalStateException("cannot build a " + type.getName() + " for " + building.peek()
                    + ": give it as context");
        }
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " needs exactly one public constructor, has "
                    + constructors.length);
        }
        building.push(type);
        ParameterSet view = parameters.view();
        Class<?>[] needs = constructors[0].getParameterTypes();
        Object[] arguments = new Object[needs.length];
        for (int i = 0; i < needs.length; i++) {
            arguments[i] = needs[i] == ParameterSet.class ? view : instance(needs[i], building);
        }
        Object built;
        try {
            built = constructors[0].newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
        building.pop();
        Rule rule = type.getAnnotation(Rule.class);
        Set<String> declared = rule == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(rule.parameters()));
        if (!declared.equals(view.used())) {
            throw new IllegalStateException(type.getName() + " reads the parameters " + new TreeSet<>(view.used())
                    + " but declares " + new TreeSet<>(declared) + " (@Rule parameters)");
        }
        instances.put(type, built);
        return built;
    }
}
