package cn.beijing.platform.subsidy.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import cn.beijing.platform.subsidy.policy.Parameter;

/**
 * Reads one parameter file ({@code <directory>/<name>.yaml}) and validates it: {@code description},
 * {@code unit} from the closed list, {@code reference.document} and {@code reference.article}, and
 * {@code values} as {@code valid_from} / optional {@code valid_to} / {@code value} entries whose windows do
 * not overlap. The mapper turns each raw value into the plain record the policy class expects; an unread key
 * is an error. The only I/O of the parameter layer.
 */
public final class ParameterFileReader {

    /** The closed list of units. */
    public static final Set<String> UNITS = Set.of("yuan", "ten_thousand_yuan", "ratio", "percent", "square_metre",
            "count", "years", "months", "days", "working_days", "date", "kgce_per_square_metre", "flag");

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("description", "unit", "reference", "values",
            "platform_rule");
    private static final Set<String> WINDOW_KEYS = Set.of("valid_from", "valid_to", "value");

    private final ClassLoader classLoader;
    private final String directory;

    public ParameterFileReader(ClassLoader classLoader, String directory) {
        this.classLoader = classLoader;
        this.directory = directory.endsWith("/") ? directory : directory + "/";
    }

    /** The files shipped in {@code src/main/resources/policy/}. */
    public static ParameterFileReader shipped() {
        return new ParameterFileReader(ParameterFileReader.class.getClassLoader(), "policy/");
    }

    public <T> Parameter<T> read(String name, Function<ParameterValue, T> mapper) {
        String resource = directory + name + ".yaml";
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ParameterFileException(resource, "missing parameter file");
            }
            return parse(resource, name, in, mapper);
        } catch (IOException e) {
            throw new ParameterFileException(resource, "cannot be read", e);
        }
    }

    /** Parses a parameter file from a stream; {@code file} only names it in error messages. */
    public static <T> Parameter<T> parse(String file, String name, InputStream in, Function<ParameterValue, T> mapper) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (RuntimeException e) {
            throw new ParameterFileException(file, "is not valid YAML", e);
        }
        if (!(loaded instanceof Map<?, ?> doc)) {
            throw new ParameterFileException(file, "should be a YAML mapping");
        }
        for (Object key : doc.keySet()) {
            if (!TOP_LEVEL_KEYS.contains(String.valueOf(key))) {
                throw new ParameterFileException(file, "unknown key " + key);
            }
        }
        ParameterValue root = new ParameterValue(file, name, doc);
        root.text("description");
        String unit = root.text("unit");
        if (!UNITS.contains(unit)) {
            throw new ParameterFileException(file, "unit " + unit + " is not one of " + UNITS);
        }
        ParameterValue reference = root.get("reference");
        String document = reference.text("document");
        String article = reference.text("article");
        reference.requireAllRead();
        if (root.has("platform_rule")) {
            root.text("platform_rule");
        }
        List<Parameter.Window<T>> windows = new ArrayList<>();
        for (ParameterValue entry : root.list("values")) {
            if (entry.has("valid_from") && entry.has("value")) {
                LocalDate from = entry.date("valid_from");
                LocalDate to = entry.has("valid_to") ? entry.date("valid_to") : null;
                ParameterValue value = entry.get("value");
                T mapped;
                try {
                    mapped = mapper.apply(value);
                } catch (ArithmeticException | IllegalArgumentException e) {
                    throw new ParameterFileException(file, "value from " + from + ": " + e.getMessage(), e);
                }
                value.requireAllRead();
                entry.requireAllRead();
                if (to != null && to.isBefore(from)) {
                    throw new ParameterFileException(file, "valid_to " + to + " is before valid_from " + from);
                }
                windows.add(new Parameter.Window<>(from, to, mapped));
            } else {
                throw new ParameterFileException(file, "each value needs " + WINDOW_KEYS + " (valid_to optional)");
            }
        }
        try {
            return new Parameter<>(name, unit, document, article, windows);
        } catch (IllegalArgumentException e) {
            throw new ParameterFileException(file, e.getMessage(), e);
        }
    }
}
