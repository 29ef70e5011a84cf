package cn.beijing.platform.policy.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import cn.beijing.platform.policy.EffectiveDated;

/**
 * The parameter files of a service ({@code classpath:policy/<name>.yaml}), read once each by
 * {@link ParameterFileReader} when a rule first asks for them — at start-up, when the rules are built — and typed by
 * the rule that reads them. Rules take a {@code ParameterSet} in their constructor:
 * <pre>{@code
 * this.terms = parameters.get("industrial-finance-article-02-tech-insurance", Terms.class);
 * }</pre>
 * {@link #used()} names the files asked for, so that a test can check that no shipped file is left unread and that
 * every rule declares what it reads.
 */
public final class ParameterSet {

    private final Function<String, String> resources;
    private final Map<String, ParameterFile> files;
    private final Set<String> used = Collections.synchronizedSet(new LinkedHashSet<>());
    private final Map<String, EffectiveDated<?>> replaced;
    private final ParameterSet parent;

    private ParameterSet(Function<String, String> resources, Map<String, EffectiveDated<?>> replaced) {
        this(resources, new ConcurrentHashMap<>(), replaced, null);
    }

    private ParameterSet(Function<String, String> resources, Map<String, ParameterFile> files,
                         Map<String, EffectiveDated<?>> replaced, ParameterSet parent) {
        this.resources = resources;
        this.files = files;
        this.replaced = Map.copyOf(replaced);
        this.parent = parent;
    }

    /** The files under {@code directory} (e.g. {@code policy/}) on the class path of {@code loader}. */
    public static ParameterSet classpath(ClassLoader loader, String directory) {
        String folder = directory.endsWith("/") ? directory : directory + "/";
        return new ParameterSet(name -> {
            try (InputStream in = loader.getResourceAsStream(folder + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Map.of());
    }

    /** The shipped files of a service: {@code policy/} on the class path that loaded this class. */
    public static ParameterSet shipped() {
        return classpath(ParameterSet.class.getClassLoader(), "policy/");
    }

    /** Files given by text (file name with extension → content), e.g. a variant in a test. */
    public static ParameterSet of(Map<String, String> texts) {
        Map<String, String> copy = Map.copyOf(texts);
        return new ParameterSet(copy::get, Map.of());
    }

    /** The same files, with file {@code name} read from {@code yaml} instead (a variant, in tests). */
    public ParameterSet withText(String name, String yaml) {
        Function<String, String> base = resources;
        return new ParameterSet(file -> file.equals(name + ".yaml") ? yaml : base.apply(file), replaced);
    }

    /** The same files, with {@code name} answered by {@code replacement} (a variant of a shipped value, in tests). */
    public ParameterSet with(String name, EffectiveDated<?> replacement) {
        Map<String, EffectiveDated<?>> next = new HashMap<>(replaced);
        next.put(name, Objects.requireNonNull(replacement, "replacement"));
        return new ParameterSet(resources, next);
    }

    /**
     * The same files, read once for both; what is asked through the view is recorded in the view's {@link #used()}
     * and in this set's (the rule book gives each rule its own view, to check its declaration).
     */
    public ParameterSet view() {
        return new ParameterSet(resources, files, replaced, this);
    }

    /** The file {@code name} ({@code <name>.yaml}), as read. */
    public ParameterFile file(String name) {
        return files.computeIfAbsent(name, n -> {
            String text = resources.apply(n + ".yaml");
            if (text == null) {
                throw new ParameterFileException(n + ".yaml", "not found");
            }
            return ParameterFileReader.read(n, text);
        });
    }

    /** Parameter {@code name}, each version bound to {@code type} (see {@link ParameterNode#as(Class)}). */
    public <T> EffectiveDated<T> get(String name, Class<T> type) {
        return get(name, node -> node.as(type));
    }

    /** Parameter {@code name}, each version typed by {@code mapper}. */
    @SuppressWarnings("unchecked")
    public <T> EffectiveDated<T> get(String name, Function<ParameterNode, T> mapper) {
        for (ParameterSet set = this; set != null; set = set.parent) {
            set.used.add(name);
        }
        EffectiveDated<?> replacement = replaced.get(name);
        if (replacement != null) {
            return (EffectiveDated<T>) replacement;
        }
        return file(name).typed(mapper, resources);
    }

    /** The names of the files asked for so far, in order. */
    public Set<String> used() {
        synchronized (used) {
            return Set.copyOf(used);
        }
    }
}
