package cn.beijing.platform.medical.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import cn.beijing.platform.medical.policy.EffectiveDated;
import cn.beijing.platform.medical.policy.ParameterReference;
import cn.beijing.platform.medical.policy.ParameterVersion;

/**
 * Reads one parameter file:
 * <pre>
 * description: what the quantity is
 * unit: yuan            # one of {@link #UNITS}
 * reference: {document: 京医保发〔2024〕24号, article: 二(一)}
 * note: optional text (platform rule, SAMPLE label…)
 * values:               # keyed by valid_from, ascending; history is only appended
 *   2025-01-01:
 *     value: 20425      # a scalar or a structure, typed by the caller
 *     valid_to: …       # optional, inclusive
 * </pre>
 * A version without {@code valid_to} ends the day before the next one starts; an explicit {@code valid_to} on or
 * after the next {@code valid_from} is an overlap and refused, as are unsorted keys, unknown keys and a unit other than
 * the one the caller expects.
 */
public final class ParameterFileReader {

    /** The closed list of units. */
    public static final Set<String> UNITS = Set.of("yuan", "ten_thousand_yuan", "ratio", "percent", "square_metre",
            "count", "years", "months", "days", "working_days", "date", "kgce_per_square_metre", "flag");

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("description", "unit", "reference", "note", "values");
    private static final Set<String> VERSION_KEYS = Set.of("value", "valid_to", "note");

    private ParameterFileReader() {
    }

    /**
     * @param name         the file name without {@code .yaml}, used in citations ({@code name@valid_from})
     * @param expectedUnit the unit this quantity must be stated in
     * @param value        maps a version's {@code value} node to its typed value (reads via {@link YamlValues})
     */
    public static <T> EffectiveDated<T> read(String name, InputStream in, String expectedUnit,
                                             BiFunction<YamlValues, Object, T> value) {
        String file = name + ".yaml";
        YamlValues y = new YamlValues(file);
        Object root;
        try (in) {
            if (in == null) {
                throw new ParameterFileException(file, "not found");
            }
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new ParameterFileException(file, "cannot be read", e);
        } catch (RuntimeException e) {
            if (e instanceof ParameterFileException p) {
                throw p;
            }
            throw new ParameterFileException(file, "is not valid YAML: " + e.getMessage(), e);
        }
        Map<Object, Object> doc = y.map(root, "$");
        y.onlyKeys(doc, TOP_LEVEL_KEYS, "$");
        String description = y.string(y.required(doc, "description", "$"), "$.description");
        String unit = y.string(y.required(doc, "unit", "$"), "$.unit");
        if (!UNITS.contains(unit)) {
            throw y.error("$.unit", "unknown unit " + unit + " (allowed: " + UNITS + ")");
        }
        if (!unit.equals(expectedUnit)) {
            throw y.error("$.unit", "expected " + expectedUnit + ", was " + unit);
        }
        Map<Object, Object> ref = y.map(y.required(doc, "reference", "$"), "$.reference");
        y.onlyKeys(ref, Set.of("document", "article"), "$.reference");
        ParameterReference reference = new ParameterReference(
                y.string(y.required(ref, "document", "$.reference"), "$.reference.document"),
                y.string(y.required(ref, "article", "$.reference"), "$.reference.article"));
        Map<Object, Object> values = y.map(y.required(doc, "values", "$"), "$.values");
        if (values.isEmpty()) {
            throw y.error("$.values", "no values");
        }

        record Raw(LocalDate validFrom, LocalDate validTo, Object value, String path) {
        }
        List<Raw> raws = new ArrayList<>();
        for (Map.Entry<Object, Object> entry : values.entrySet()) {
            String path = "$.values." + entry.getKey();
            LocalDate validFrom = y.date(entry.getKey(), path);
            Map<Object, Object> version = y.map(entry.getValue(), path);
            y.onlyKeys(version, VERSION_KEYS, path);
            LocalDate validTo = version.get("valid_to") == null ? null : y.date(version.get("valid_to"), path + ".valid_to");
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw y.error(path + ".valid_to", validTo + " is before valid_from " + validFrom);
            }
            if (!raws.isEmpty()) {
                Raw previous = raws.get(raws.size() - 1);
                if (!validFrom.isAfter(previous.validFrom())) {
                    throw y.error(path, "valid_from keys must ascend (history is only appended)");
                }
                if (previous.validTo() != null && !previous.validTo().isBefore(validFrom)) {
                    throw y.error(path, "overlaps the window " + previous.validFrom() + ".." + previous.validTo());
                }
            }
            raws.add(new Raw(validFrom, validTo, y.required(version, "value", path), path));
        }
        List<ParameterVersion<T>> versions = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw raw = raws.get(i);
            LocalDate validTo = raw.validTo();
            if (validTo == null && i + 1 < raws.size()) {
                validTo = raws.get(i + 1).validFrom().minusDays(1);
            }
            T typed;
            try {
                typed = value.apply(y, raw.value());
            } catch (ParameterFileException e) {
                throw e;
            } catch (RuntimeException e) {
                throw y.error(raw.path() + ".value", e.getMessage());
            }
            versions.add(new ParameterVersion<>(raw.validFrom(), validTo, typed));
        }
        return new EffectiveDated<>(name, description, unit, reference, versions);
    }
}
