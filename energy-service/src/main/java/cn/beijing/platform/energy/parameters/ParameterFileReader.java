package cn.beijing.platform.energy.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates one parameter file. Rejects: unknown top-level keys, a missing description, unit, reference
 * document or article, a unit outside {@link ParameterFile#UNITS}, no values, duplicate keys, an unparsable date,
 * {@code valid_to} before {@code valid_from}, and overlapping windows (an explicit {@code valid_to} on or after the
 * next version's {@code valid_from}). An open-ended version ends the day before the next one starts.
 */
public final class ParameterFileReader {

    private static final List<String> TOP_LEVEL = List.of("description", "unit", "reference", "values");

    private ParameterFileReader() {
    }

    public static ParameterFile read(String name, InputStream in) {
        if (in == null) {
            throw new ParameterFileException(name, "file not found");
        }
        Object document;
        try (in) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            document = new Yaml(new SafeConstructor(options)).load(in);
        } catch (YAMLException e) {
            throw new ParameterFileException(name, "not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ParameterFileException(name, "cannot be read", e);
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new ParameterFileException(name, "must be a YAML mapping");
        }
        for (Object key : root.keySet()) {
            if (!TOP_LEVEL.contains(String.valueOf(key))) {
                throw new ParameterFileException(name, "unknown key '" + key + "'");
            }
        }
        String description = text(name, root.get("description"), "description");
        String unit = text(name, root.get("unit"), "unit");
        if (!ParameterFile.UNITS.contains(unit)) {
            throw new ParameterFileException(name, "unit '" + unit + "' is not one of " + ParameterFile.UNITS);
        }
        if (!(root.get("reference") instanceof Map<?, ?> reference)) {
            throw new ParameterFileException(name, "missing key 'reference'");
        }
        String document1 = text(name, reference.get("document"), "reference.document");
        String article = text(name, reference.get("article"), "reference.article");
        if (!(root.get("values") instanceof Map<?, ?> values) || values.isEmpty()) {
            throw new ParameterFileException(name, "missing or empty key 'values'");
        }

        List<ParameterFile.Entry> entries = new ArrayList<>();
        for (Map.Entry<?, ?> value : values.entrySet()) {
            LocalDate validFrom = date(name, value.getKey(), "values key (valid_from)");
            if (!(value.getValue() instanceof Map<?, ?> body) || body.isEmpty()) {
                throw new ParameterFileException(name, "version " + validFrom + " must be a non-empty mapping");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            LocalDate validTo = null;
            for (Map.Entry<?, ?> field : body.entrySet()) {
                String key = String.valueOf(field.getKey());
                if (key.equals("valid_to")) {
                    validTo = date(name, field.getValue(), "valid_to of " + validFrom);
                } else if (field.getValue() == null) {
                    throw new ParameterFileException(name, "version " + validFrom + ": '" + key + "' has no value");
                } else {
                    fields.put(key, field.getValue());
                }
            }
            if (fields.isEmpty()) {
                throw new ParameterFileException(name, "version " + validFrom + " has no value");
            }
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw new ParameterFileException(name, "valid_to " + validTo + " is before valid_from " + validFrom);
            }
            entries.add(new ParameterFile.Entry(validFrom, validTo, fields));
        }
        entries.sort(Comparator.comparing(ParameterFile.Entry::validFrom));
        for (int i = 1; i < entries.size(); i++) {
            ParameterFile.Entry previous = entries.get(i - 1);
            ParameterFile.Entry next = entries.get(i);
            if (!next.validFrom().isAfter(previous.validFrom())) {
                throw new ParameterFileException(name, "two versions start on " + next.validFrom());
            }
            if (previous.validTo() != null && !previous.validTo().isBefore(next.validFrom())) {
                throw new ParameterFileException(name, "version " + previous.validFrom() + " (valid_to "
                        + previous.validTo() + ") overlaps version " + next.validFrom());
            }
        }
        return new ParameterFile(name, description, unit, document1, article, entries);
    }

    private static String text(String name, Object value, String key) {
        if (value == null || String.valueOf(value).isBlank()) {
            throw new ParameterFileException(name, "missing key '" + key + "'");
        }
        return String.valueOf(value).trim();
    }

    static LocalDate date(String name, Object value, String what) {
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            throw new ParameterFileException(name, what + " '" + value + "' is not a date (yyyy-MM-dd)", e);
        }
    }
}
