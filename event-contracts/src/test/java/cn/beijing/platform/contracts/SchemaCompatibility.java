package cn.beijing.platform.contracts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether a new version of an event's JSON Schema may replace the released one on the same {@code vN} topic.
 *
 * <p>Two promises must hold. Every event already on the topic stays valid (consumers replay it, the new schema
 * reads it): nothing is narrowed — no new required field, no type, enum value or format taken away, no tighter
 * bound or changed pattern, no closing of an object or removal of a field of a closed one. And every field a
 * consumer relies on keeps its presence and meaning: no required field removed (a rename is a removal) or made
 * optional, no type widened (an {@code integer} that may become {@code 1.5}), no enum value added (consumers
 * map enums to closed types). What remains is compatible: a new optional field, an object opened to unknown
 * fields (consumers are tolerant readers), a looser bound, descriptions, titles, identifiers, and annotation-only
 * formats ({@code decimal}).
 *
 * <p>References are followed before comparing ({@code #/...} inside a document, relative paths to other
 * files), so moving a local {@code $defs} copy to a shared file is not a change.
 */
final class SchemaCompatibility {

    /** A breaking change at a JSON pointer of the schema. */
    record Breaking(String path, String change) {

        @Override
        public String toString() {
            return (path.isEmpty() ? "/" : path) + ": " + change;
        }
    }

    /** Formats that only annotate (no validator asserts them): adding or removing one changes no instance. */
    private static final Set<String> ANNOTATION_FORMATS = Set.of("decimal");
    private static final List<String> LOWER_BOUNDS = List.of("minimum", "exclusiveMinimum", "minLength", "minItems");
    private static final List<String> UPPER_BOUNDS = List.of("maximum", "exclusiveMaximum", "maxLength", "maxItems");

    private SchemaCompatibility() {
    }

    /**
     * The breaking changes from {@code released} to {@code current}; each function reads a schema file by its
     * path relative to the directory of the top-level schema (for references such as
     * {@code common/basis.schema.json}).
     */
    static List<Breaking> breakingChanges(JsonNode released, Function<String, JsonNode> releasedFiles,
            JsonNode current, Function<String, JsonNode> currentFiles) {
        List<Breaking> breaking = new ArrayList<>();
        compare(resolved(released, released, "", releasedFiles, 0), resolved(current, current, "", currentFiles, 0),
                "", breaking);
        return breaking;
    }

    private static void compare(JsonNode before, JsonNode after, String path, List<Breaking> breaking) {
        Set<String> typesBefore = types(before);
        Set<String> typesAfter = types(after);
        if (!typesBefore.equals(typesAfter)) {
            breaking.add(new Breaking(path, "type " + describe(typesBefore) + " became " + describe(typesAfter)));
        }
        compareEnum(before, after, path, breaking);
        if (before.has("const") || after.has("const")) {
            if (!before.path("const").equals(after.path("const"))) {
                breaking.add(new Breaking(path, "const " + before.path("const") + " became " + after.path("const")));
            }
        }
        String formatBefore = assertedFormat(before);
        String formatAfter = assertedFormat(after);
        if (!formatBefore.equals(formatAfter)) {
            breaking.add(new Breaking(path, "format '" + formatBefore + "' became '" + formatAfter + "'"));
        }
        if (!before.path("pattern").equals(after.path("pattern"))) {
            breaking.add(new Breaking(path, "pattern " + before.path("pattern") + " became " + after.path("pattern")));
        }
        for (String bound : LOWER_BOUNDS) {
            if (after.has(bound) && (!before.has(bound) || after.get(bound).decimalValue().compareTo(before.get(bound).decimalValue()) > 0)) {
                breaking.add(new Breaking(path, bound + " tightened from " + before.path(bound) + " to " + after.get(bound)));
            }
        }
        for (String bound : UPPER_BOUNDS) {
            if (after.has(bound) && (!before.has(bound) || after.get(bound).decimalValue().compareTo(before.get(bound).decimalValue()) < 0)) {
                breaking.add(new Breaking(path, bound + " tightened from " + before.path(bound) + " to " + after.get(bound)));
            }
        }
        compareObject(before, after, path, breaking);
        if (before.has("items") && after.has("items")) {
            compare(before.get("items"), after.get("items"), path + "/items", breaking);
        } else if (before.has("items") != after.has("items")) {
            breaking.add(new Breaking(path + "/items", before.has("items") ? "item schema removed" : "item schema added"));
        }
    }

    private static void compareEnum(JsonNode before, JsonNode after, String path, List<Breaking> breaking) {
        if (!before.has("enum") && !after.has("enum")) {
            return;
        }
        if (!before.has("enum") || !after.has("enum")) {
            breaking.add(new Breaking(path, before.has("enum") ? "enum removed (widened)" : "enum added (narrowed)"));
            return;
        }
        Set<String> valuesBefore = values(before.get("enum"));
        Set<String> valuesAfter = values(after.get("enum"));
        Set<String> removed = new TreeSet<>(valuesBefore);
        removed.removeAll(valuesAfter);
        Set<String> added = new TreeSet<>(valuesAfter);
        added.removeAll(valuesBefore);
        if (!removed.isEmpty()) {
            breaking.add(new Breaking(path, "enum values removed " + removed));
        }
        if (!added.isEmpty()) {
            breaking.add(new Breaking(path, "enum values added " + added + " (consumers map enums to closed types)"));
        }
    }

    private static void compareObject(JsonNode before, JsonNode after, String path, List<Breaking> breaking) {
        JsonNode propertiesBefore = before.path("properties");
        JsonNode propertiesAfter = after.path("properties");
        Set<String> requiredBefore = values(before.path("required"));
        Set<String> requiredAfter = values(after.path("required"));
        for (String field : requiredBefore) {
            if (!requiredAfter.contains(field)) {
                breaking.add(new Breaking(path + "/properties/" + field, propertiesAfter.has(field)
                        ? "required field became optional" : "required field removed (or renamed)"));
            }
        }
        for (String field : requiredAfter) {
            if (!requiredBefore.contains(field)) {
                breaking.add(new Breaking(path + "/properties/" + field, "new required field"));
            }
        }
        boolean closedBefore = closed(before);
        boolean closedAfter = closed(after);
        if (closedAfter && !closedBefore) {
            breaking.add(new Breaking(path, "closed to additional properties"));
        }
        for (String field : propertyNames(propertiesBefore)) {
            if (!propertiesAfter.has(field)) {
                if (!requiredBefore.contains(field) && closedAfter) {
                    breaking.add(new Breaking(path + "/properties/" + field,
                            "optional field removed from a closed object (events carrying it become invalid)"));
                }
            } else {
                compare(propertiesBefore.get(field), propertiesAfter.get(field), path + "/properties/" + field, breaking);
            }
        }
    }

    private static boolean closed(JsonNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        return additional.isBoolean() && !additional.asBoolean();
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        Set<String> types = new TreeSet<>();
        if (type.isString()) {
            types.add(type.asString());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        }
        return types;
    }

    private static String describe(Set<String> types) {
        return types.isEmpty() ? "(any)" : String.join("|", types);
    }

    private static String assertedFormat(JsonNode schema) {
        String format = schema.path("format").asString("");
        return ANNOTATION_FORMATS.contains(format) ? "" : format;
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.isString() ? v.asString() : v.toString()));
        return values;
    }

    private static List<String> propertyNames(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.propertyNames().forEach(names::add);
        return names;
    }

    /**
     * {@code schema} with every {@code $ref} replaced by its target (merged with the keywords beside it),
     * relative file references read through {@code files} from {@code directory}.
     */
    private static JsonNode resolved(JsonNode schema, JsonNode document, String directory,
            Function<String, JsonNode> files, int depth) {
        if (depth > 32) {
            throw new IllegalStateException("references nested too deep (a cycle?)");
        }
        if (schema.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            schema.forEach(item -> copy.add(resolved(item, document, directory, files, depth + 1)));
            return copy;
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        JsonNode targetDocument = document;
        String targetDirectory = directory;
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String pointer = hash < 0 ? "" : ref.substring(hash + 1);
            if (!file.isEmpty()) {
                String relative = directory + file;
                targetDocument = files.apply(relative);
                targetDirectory = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
            }
            JsonNode target = pointer.isEmpty() ? targetDocument : targetDocument.at(pointer);
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("unresolvable reference " + ref);
            }
            JsonNode resolvedTarget = resolved(target, targetDocument, targetDirectory, files, depth + 1);
            resolvedTarget.properties().forEach(e -> result.set(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            if (!entry.getKey().equals("$ref")) {
                result.set(entry.getKey(), resolved(entry.getValue(), document, directory, files, depth + 1));
            }
        }
        return result;
    }
}
