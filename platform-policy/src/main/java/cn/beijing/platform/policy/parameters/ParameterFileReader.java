package cn.beijing.platform.policy.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the one parameter file format of the platform:
 * <pre>
 * description: what the quantity is, quoting the gazette
 * unit: yuan                          # one of {@link ParameterUnit}
 * source:
 *   document: 京技管发〔2024〕30号      # exactly as printed
 *   article: 第五条
 * platform_rule: why the platform chose this value where the gazette is silent   # only then
 * values:                             # keyed by valid_from, ascending: history is only appended
 *   2024-12-02:
 *     value: 1800                     # a number, a date, a flag, a text, a list or a table
 *   2026-01-01:
 *     value: 2000                     # the version before closes on 2025-12-31
 *     valid_to: 2026-12-31            # only for a real end, with no version after it
 *     source:                         # only when another document sets this version
 *       document: 京技管发〔2025〕N号
 *       article: 第五条
 * </pre>
 * Refused at start-up: an unknown or missing key, a duplicate key, a unit outside the closed list, a blank text, an
 * unparsable date, {@code valid_from} keys out of order, a {@code valid_to} before its {@code valid_from} or not
 * before the next version's. The {@code value:} bodies are typed later ({@link ParameterFile#typed}), where an unread
 * key is refused.
 */
public final class ParameterFileReader {

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("description", "unit", "source", "platform_rule",
            "values");
    private static final Set<String> SOURCE_KEYS = Set.of("document", "article");
    private static final Set<String> VERSION_KEYS = Set.of("value", "valid_to", "source");

    private ParameterFileReader() {
    }

    /** @param name the file name without {@code .yaml}; versions are cited as {@code name@valid_from} */
    public static ParameterFile read(String name, InputStream in) {
        String file = name + ".yaml";
        if (in == null) {
            throw new ParameterFileException(file, "not found");
        }
        try (in) {
            return read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ParameterFileException(file, "cannot be read", e);
        }
    }

    /** @param name the file name without {@code .yaml}; versions are cited as {@code name@valid_from} */
    public static ParameterFile read(String name, String yaml) {
        String file = name + ".yaml";
        Object document;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                    new DumperOptions(), options, new DatesAsText()).load(yaml);
        } catch (YAMLException e) {
            throw new ParameterFileException(file, "is not valid YAML: " + e.getMessage(), e);
        }
        ParameterNode root = new ParameterNode(file, "$", document, null);
        if (!root.isMapping()) {
            throw root.fail("should be a mapping of " + TOP_LEVEL_KEYS);
        }
        only(root, TOP_LEVEL_KEYS);
        String description = root.text("description");
        ParameterUnit unit = ParameterUnit.parse(file, root.text("unit"));
        ParameterFile.Source cited = source(root.get("source"));
        String platformRule = root.has("platform_rule") ? root.text("platform_rule") : null;
        Map<String, ParameterNode> values = root.get("values").entries();
        if (values.isEmpty()) {
            throw root.fail("'values' has no version");
        }
        List<ParameterFile.Version> versions = new ArrayList<>();
        for (Map.Entry<String, ParameterNode> entry : values.entrySet()) {
            ParameterNode version = entry.getValue();
            LocalDate validFrom = new ParameterNode(file, "values", entry.getKey(), null).date();
            only(version, VERSION_KEYS);
            LocalDate validTo = version.has("valid_to") ? version.date("valid_to") : null;
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw version.fail("valid_to " + validTo + " is before valid_from " + validFrom);
            }
            if (!versions.isEmpty()) {
                ParameterFile.Version previous = versions.get(versions.size() - 1);
                if (!validFrom.isAfter(previous.validFrom())) {
                    throw version.fail("valid_from keys must ascend: history is only appended");
                }
                if (previous.validTo() != null && !previous.validTo().isBefore(validFrom.minusDays(1))) {
                    throw version.fail("the version from " + previous.validFrom() + " (valid_to "
                            + previous.validTo() + ") reaches this one: a version closes when the next starts, "
                            + "valid_to is only for a real end");
                }
            }
            ParameterFile.Source versionSource = version.has("source") ? source(version.get("source")) : null;
            versions.add(new ParameterFile.Version(validFrom, validTo, version.get("value").raw(), versionSource));
        }
        return new ParameterFile(name, description, unit, cited, platformRule, versions);
    }

    /** Dates stay text, parsed strictly by {@link ParameterNode#date()} (YAML timestamps would roll 2024-13-01 over). */
    private static final class DatesAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    private static ParameterFile.Source source(ParameterNode source) {
        only(source, SOURCE_KEYS);
        return new ParameterFile.Source(source.text("document"), source.text("article"));
    }

    private static void only(ParameterNode node, Set<String> allowed) {
        for (String key : node.keys()) {
            if (!allowed.contains(key)) {
                throw node.fail("unknown key '" + key + "' (allowed: " + allowed + ")");
            }
        }
    }
}
