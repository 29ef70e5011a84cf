package cn.beijing.platform.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas vendored under {@code deploy/k8s/schemas}: the Kubernetes OpenAPI documents (built-in kinds, each
 * object checked against every vendored Kubernetes version) and the operators' CustomResourceDefinitions. Each is
 * turned into a JSON Schema that rejects what the API server would reject with strict field validation
 * ({@code kubectl apply --validate=strict}): a field that is not in the schema, a wrong type, enum or pattern, a
 * missing required field, an apiVersion or kind that no vendored schema serves, and a deprecated CRD version.
 * CEL rules ({@code x-kubernetes-validations}) and formats are not evaluated.
 */
final class ManifestSchemas {

    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static final ManifestSchemas VENDORED = load(RenderedManifests.k8s().resolve("schemas"));

    /** One schema of one apiVersion and kind, from one vendored source (e.g. strimzi-1.2.0, kubernetes-1.33.1). */
    private record Source(String origin, boolean served, boolean deprecated, Map<String, Object> jsonSchema) {
    }

    private final Map<String, List<Source>> byApiVersionAndKind;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final JsonMapper json = JsonMapper.builder().build();

    private ManifestSchemas(Map<String, List<Source>> byApiVersionAndKind) {
        this.byApiVersionAndKind = byApiVersionAndKind;
    }

    static ManifestSchemas vendored() {
        return VENDORED;
    }

    /** What the API server would refuse in {@code object}; empty when every applicable schema accepts it. */
    List<String> violations(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String kind = String.valueOf(object.get("kind"));
        String what = apiVersion + " " + kind + " " + RenderedManifests.name(object);
        List<Source> sources = byApiVersionAndKind.get(apiVersion + " " + kind);
        if (sources == null) {
            List<String> known = byApiVersionAndKind.keySet().stream().filter(k -> k.endsWith(" " + kind))
                    .map(k -> k.substring(0, k.indexOf(' '))).toList();
            return List.of(what + ": no vendored schema serves this apiVersion and kind"
                    + (known.isEmpty() ? "" : " (" + kind + " is served as " + known + ")"));
        }
        List<String> violations = new ArrayList<>();
        JsonNode instance = json.valueToTree(withoutNulls(object));
        for (Source source : sources) {
            if (!source.served()) {
                violations.add(what + ": " + apiVersion + " is not served by " + source.origin());
                continue;
            }
            if (source.deprecated()) {
                violations.add(what + ": " + apiVersion + " is deprecated in " + source.origin());
            }
            Schema schema = compiled.computeIfAbsent(source.origin() + " " + apiVersion + " " + kind,
                    key -> registry.getSchema(json.valueToTree(source.jsonSchema())));
            for (Error error : schema.validate(instance)) {
                violations.add(what + " (" + source.origin() + "): " + error);
            }
        }
        return violations;
    }

    private static ManifestSchemas load(Path directory) {
        Map<String, List<Source>> index = new TreeMap<>();
        List<Path> kubernetes = files(directory, "swagger.json.gz");
        if (kubernetes.isEmpty()) {
            throw new IllegalStateException("no Kubernetes OpenAPI document under " + directory);
        }
        Map<String, Object> objectMetaDefinitions = null;
        for (Path document : kubernetes) {
            String origin = document.getParent().getFileName().toString();
            Map<String, Object> definitions = map(readGzipJson(document).get("definitions"));
            Map<String, Object> converted = new TreeMap<>();
            definitions.forEach((name, definition) -> converted.put(name, StrictJsonSchema.fromOpenApi(map(definition), false)));
            // the API server's own types where the OpenAPI document only says "string"
            converted.put("io.k8s.apimachinery.pkg.util.intstr.IntOrString", Map.of("type", List.of("integer", "string")));
            converted.put("io.k8s.apimachinery.pkg.api.resource.Quantity", Map.of("type", List.of("string", "number")));
            if (objectMetaDefinitions == null) {
                objectMetaDefinitions = StrictJsonSchema.closure(converted, OBJECT_META);
            }
            definitions.forEach((name, definition) -> {
                for (Object gvk : list(map(definition).get("x-kubernetes-group-version-kind"))) {
                    Map<String, Object> g = map(gvk);
                    String group = String.valueOf(g.get("group"));
                    String apiVersion = group.isEmpty() ? String.valueOf(g.get("version")) : group + "/" + g.get("version");
                    Map<String, Object> schema = new LinkedHashMap<>();
                    schema.put("$ref", "#/$defs/" + name);
                    schema.put("$defs", StrictJsonSchema.closure(converted, name));
                    index.computeIfAbsent(apiVersion + " " + g.get("kind"), k -> new ArrayList<>())
                            .add(new Source(origin, true, false, schema));
                }
            });
        }
        for (Path file : files(directory, ".yaml")) {
            Map<String, Object> crd = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file)));
            if (!"CustomResourceDefinition".equals(crd.get("kind"))) {
                continue;
            }
            String origin = file.getParent().getFileName().toString();
            Map<String, Object> spec = map(crd.get("spec"));
            String kind = String.valueOf(map(spec.get("names")).get("kind"));
            for (Object v : list(spec.get("versions"))) {
                Map<String, Object> version = map(v);
                Map<String, Object> root = StrictJsonSchema.fromOpenApi(
                        map(map(version.get("schema")).get("openAPIV3Schema")), true);
                // the API server checks metadata itself, as the ObjectMeta of every object
                map(root.get("properties")).put("metadata", Map.of("$ref", "#/$defs/" + OBJECT_META));
                root.put("$defs", objectMetaDefinitions);
                index.computeIfAbsent(spec.get("group") + "/" + version.get("name") + " " + kind, k -> new ArrayList<>())
                        .add(new Source(origin, Boolean.TRUE.equals(version.get("served")),
                                Boolean.TRUE.equals(version.get("deprecated")), root));
            }
        }
        return new ManifestSchemas(index);
    }

    /** null in a manifest means "not set" to the API server, as if the field were absent. */
    private static Object withoutNulls(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (v != null) {
                    copy.put(String.valueOf(k), withoutNulls(v));
                }
            });
            return copy;
        }
        if (node instanceof List<?> l) {
            return l.stream().map(ManifestSchemas::withoutNulls).toList();
        }
        return node;
    }

    private static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content of a vendored file, uncompressed when it is stored as {@code .gz}. */
    static byte[] bytes(Path file) {
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readGzipJson(Path file) {
        return JsonMapper.builder().build().readValue(read(file), Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> ? (Map<String, Object>) node : new LinkedHashMap<>();
    }

    static List<?> list(Object node) {
        return node instanceof List<?> l ? l : List.of();
    }

    /** OpenAPI schemas (Kubernetes' and CRDs' dialects) as strict JSON Schema 2020-12. */
    static final class StrictJsonSchema {

        private StrictJsonSchema() {
        }

        /**
         * {@code crd}: a CRD's structural schema, where an object without properties keeps no field unless it says
         * {@code x-kubernetes-preserve-unknown-fields}; otherwise a Kubernetes OpenAPI definition, where an
         * object without properties is free-form (RawExtension, JSON).
         */
        static Map<String, Object> fromOpenApi(Map<String, Object> schema, boolean crd) {
            return convert(schema, true, crd);
        }

        private static Map<String, Object> convert(Map<String, Object> schema, boolean structural, boolean crd) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : schema.entrySet()) {
                Object value = entry.getValue();
                switch (entry.getKey()) {
                    case "properties" -> {
                        Map<String, Object> properties = new LinkedHashMap<>();
                        map(value).forEach((name, property) -> properties.put(name, convert(map(property), true, crd)));
                        out.put("properties", properties);
                    }
                    case "items" -> out.put("items", convert(map(value), structural, crd));
                    case "additionalProperties" -> out.put("additionalProperties",
                            value instanceof Map<?, ?> ? convert(map(value), true, crd) : value);
                    // value validations only: their fields are declared in the structural part beside them
                    case "anyOf", "oneOf", "allOf" -> out.put(entry.getKey(),
                            list(value).stream().map(branch -> convert(map(branch), false, crd)).toList());
                    case "not" -> out.put("not", convert(map(value), false, crd));
                    case "$ref" -> out.put("$ref", "#/$defs/" + String.valueOf(value).substring("#/definitions/".length()));
                    case "type", "required", "enum", "pattern", "minimum", "maximum", "exclusiveMinimum",
                            "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
                            "minProperties", "maxProperties", "multipleOf" -> out.put(entry.getKey(), value);
                    default -> {
                        // description, format, default, x-kubernetes-* annotations: nothing to check
                    }
                }
            }
            if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
                out.put("type", List.of("integer", "string"));
            } else if (Boolean.TRUE.equals(schema.get("nullable")) && out.get("type") instanceof String type) {
                out.put("type", List.of(type, "null"));
            }
            if (Boolean.TRUE.equals(schema.get("x-kubernetes-embedded-resource"))) {
                Map<String, Object> properties = new LinkedHashMap<>(map(out.get("properties")));
                properties.putIfAbsent("apiVersion", Map.of("type", "string"));
                properties.putIfAbsent("kind", Map.of("type", "string"));
                properties.putIfAbsent("metadata", Map.of("type", "object"));
                out.put("properties", properties);
            }
            boolean preservesUnknownFields = Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
            boolean object = "object".equals(schema.get("type")) || schema.containsKey("properties");
            if (structural && object && !preservesUnknownFields && !schema.containsKey("additionalProperties")
                    && (crd || schema.containsKey("properties"))) {
                out.put("additionalProperties", false);
            }
            return out;
        }

        /** {@code root} and every definition it refers to, directly or not. */
        static Map<String, Object> closure(Map<String, Object> definitions, String root) {
            Map<String, Object> found = new TreeMap<>();
            Deque<String> pending = new ArrayDeque<>(List.of(root));
            while (!pending.isEmpty()) {
                String name = pending.pop();
                if (found.containsKey(name)) {
                    continue;
                }
                Object definition = definitions.get(name);
                if (definition == null) {
                    throw new IllegalStateException("the OpenAPI document refers to " + name + " but does not define it");
                }
                found.put(name, definition);
                TreeSet<String> refs = new TreeSet<>();
                collectRefs(definition, refs);
                pending.addAll(refs);
            }
            return found;
        }

        private static void collectRefs(Object node, TreeSet<String> refs) {
            if (node instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    if ("$ref".equals(k) && v instanceof String) {
                        refs.add(String.valueOf(v).substring("#/$defs/".length()));
                    } else {
                        collectRefs(v, refs);
                    }
                });
            } else if (node instanceof List<?> l) {
                l.forEach(item -> collectRefs(item, refs));
            }
        }
    }
}
