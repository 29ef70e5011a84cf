package cn.beijing.platform.test.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI 3.1 document as a contract that an HTTP exchange either keeps or breaks. For the operation
 * a request matched (path template and method), the response must have a documented status, every required
 * documented header, a documented media type, and a body valid against the documented schema (JSON Schema 2020-12
 * with the OpenAPI 3.1 dialect, formats asserted, closed objects: an undocumented field is a violation); a request
 * body that the service accepted (2xx) must be valid against the documented request schema (a number sent as text
 * aside: the services read it too). Paths the document
 * does not describe (actuator, unknown paths) and undocumented methods on a documented path (405) are not the
 * contract's business and are skipped.
 *
 * <p>Validation uses networknt json-schema-validator 3 (Jackson 3, the OpenAPI 3.1 dialect), which the platform
 * already uses for its event schemas; the document is read once per JVM.
 */
public final class OpenApiContract {

    private static final String DOCUMENT_ID = "https://contract.municipal-platform.invalid/openapi.json";
    private static final Map<Path, OpenApiContract> LOADED = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch");

    /** One request and its response, as seen by a client. */
    public record Exchange(String method, String path, byte[] requestBody, String requestContentType, int status,
                           Map<String, List<String>> responseHeaders, String responseContentType,
                           byte[] responseBody) {
    }

    private record Template(String path, Pattern pattern, int variables) {
    }

    private final String name;
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(String name, JsonNode document) {
        this.name = name;
        this.document = document;
        String text = JSON.writeValueAsString(document);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_ID, text)));
        document.path("paths").propertyNames().forEach(path -> templates.add(template(path)));
        // literal segments before variables: /obligations/overdue before /obligations/{id}
        templates.sort(Comparator.comparingInt(Template::variables));
    }

    /** The document at {@code file} (YAML or JSON), read once per JVM. */
    public static OpenApiContract of(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), OpenApiContract::read);
    }

    /** A document given as text (YAML or JSON), e.g. for a test of the contract itself. */
    public static OpenApiContract parse(String name, String text) {
        try {
            String json = new ObjectMapper(new YAMLFactory()).readTree(text).toString();
            return new OpenApiContract(name, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenApiContract read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** The document as a JSON tree. */
    public JsonNode document() {
        return document;
    }

    /** What in the exchange the document does not allow; empty when it keeps the contract or is not described. */
    public List<String> violations(Exchange exchange) {
        Optional<String> path = match(exchange.path());
        String method = exchange.method().toLowerCase(Locale.ROOT);
        if (path.isEmpty() || !METHODS.contains(method)) {
            return List.of();
        }
        String operationPointer = "/paths/" + escape(path.get()) + "/" + method;
        JsonNode operation = document.at(operationPointer);
        if (operation.isMissingNode()) {
            return List.of();
        }
        String label = exchange.method().toUpperCase(Locale.ROOT) + " " + path.get() + " → " + exchange.status();
        List<String> violations = new ArrayList<>();
        String status = Integer.toString(exchange.status());
        String responsePointer = operationPointer + "/responses/" + status;
        if (operation.path("responses").path(status).isMissingNode()) {
            String wildcard = exchange.status() / 100 + "XX";
            responsePointer = operationPointer + "/responses/"
                    + (operation.path("responses").has(wildcard) ? wildcard : "default");
        }
        JsonNode response = document.at(responsePointer);
        if (response.isMissingNode()) {
            violations.add(label + ": status not documented (documented: "
                    + String.join(", ", operation.path("responses").propertyNames()) + ")");
            return violations;
        }
        while (response.has("$ref")) {
            responsePointer = pointer(response.get("$ref").asString());
            response = document.at(responsePointer);
        }
        headers(label, response, responsePointer, exchange, violations);
        body(label, response, responsePointer, exchange, violations);
        if (exchange.status() / 100 == 2) {
            request(label, operation, operationPointer, exchange, violations);
        }
        return violations;
    }

    private void headers(String label, JsonNode response, String responsePointer, Exchange exchange,
            List<String> violations) {
        for (Map.Entry<String, JsonNode> entry : response.path("headers").properties()) {
            String headerPointer = responsePointer + "/headers/" + escape(entry.getKey());
            JsonNode header = entry.getValue();
            while (header.has("$ref")) {
                headerPointer = pointer(header.get("$ref").asString());
                header = document.at(headerPointer);
            }
            List<String> values = header(exchange.responseHeaders(), entry.getKey());
            if (values.isEmpty()) {
                if (header.path("required").asBoolean(false)) {
                    violations.add(label + ": required header " + entry.getKey() + " missing");
                }
                continue;
            }
            JsonNode schemaNode = header.path("schema");
            JsonNode value = JSON.getNodeFactory().textNode(values.get(0));
            if (schemaNode.path("type").asString("").equals("integer") && values.get(0).matches("-?\\d+")) {
                value = JSON.getNodeFactory().numberNode(Long.parseLong(values.get(0)));
            }
            for (Error error : validate(headerPointer + "/schema", value)) {
                violations.add(label + ": header " + entry.getKey() + " " + error.getMessage());
            }
        }
    }

    private void body(String label, JsonNode response, String responsePointer, Exchange exchange,
            List<String> violations) {
        boolean hasBody = exchange.responseBody() != null && exchange.responseBody().length > 0;
        JsonNode content = response.path("content");
        if (!hasBody) {
            return;
        }
        if (content.isMissingNode() || content.isEmpty()) {
            violations.add(label + ": a body was returned but none is documented");
            return;
        }
        String mediaType = mediaType(exchange.responseContentType());
        String documented = documentedMediaType(content, mediaType);
        if (documented == null) {
            violations.add(label + ": media type " + mediaType + " not documented (documented: "
                    + String.join(", ", content.propertyNames()) + ")");
            return;
        }
        if (!isJson(mediaType) || content.path(documented).path("schema").isMissingNode()) {
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(new String(exchange.responseBody(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            violations.add(label + ": body is not JSON although the media type is " + mediaType);
            return;
        }
        for (Error error : validate(responsePointer + "/content/" + escape(documented) + "/schema", body)) {
            violations.add(label + ": response body " + describe(error));
        }
    }

    private void request(String label, JsonNode operation, String operationPointer, Exchange exchange,
            List<String> violations) {
        if (exchange.requestBody() == null || exchange.requestBody().length == 0) {
            return;
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode()) {
            return; // the operation reads no body: whatever was sent is ignored
        }
        String mediaType = mediaType(exchange.requestContentType());
        String documented = documentedMediaType(content, mediaType);
        if (documented == null) {
            violations.add(label + ": the service accepted a request body of type " + mediaType
                    + " that is not documented");
            return;
        }
        if (!isJson(mediaType) || content.path(documented).path("schema").isMissingNode()) {
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(new String(exchange.requestBody(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return;
        }
        String pointer = operationPointer + "/requestBody/content/" + escape(documented) + "/schema";
        for (Error error : validate(pointer, body)) {
            if (numberAsText(error) || scalarAsText(error) || nullAsAbsent(error)) {
                continue;
            }
            violations.add(label + ": the service accepted a request body that the document refuses: "
                    + describe(error));
        }
    }

    /**
     * A number or a yes/no sent as a string ({@code "10.335"}, {@code "true"}): the services read it (Jackson coerces
     * text to numbers and booleans; empty or blank text they refuse); the document asks for JSON numbers and booleans,
     * so accepting the string is leniency, not a gap in the contract.
     */
    private static boolean numberAsText(Error error) {
        JsonNode instance = error.getInstanceNode();
        if (!"type".equals(error.getKeyword()) || instance == null || !instance.isString()) {
            return false;
        }
        JsonNode schema = error.getSchemaNode();
        String type = schema == null ? "" : schema.isString() ? schema.asString() : schema.path("type").asString("");
        if (type.equals("boolean")) {
            return instance.asString().equals("true") || instance.asString().equals("false");
        }
        if (!type.equals("number") && !type.equals("integer")) {
            return false;
        }
        try {
            new java.math.BigDecimal(instance.asString());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A number or a yes/no where the document asks for text ({@code "criteria": 0.5}): the services read its text
     * (Jackson coerces scalars to strings), so accepting it is leniency, not a gap in the contract.
     */
    private static boolean scalarAsText(Error error) {
        JsonNode instance = error.getInstanceNode();
        if (!"type".equals(error.getKeyword()) || instance == null || !(instance.isNumber() || instance.isBoolean())) {
            return false;
        }
        JsonNode schema = error.getSchemaNode();
        String type = schema == null ? "" : schema.isString() ? schema.asString() : schema.path("type").asString("");
        return type.equals("string");
    }

    /**
     * {@code null} for a property the service accepted: the services read it as the property left out, which a
     * required property is refused for (422), so it was an optional one; that is leniency, not a gap in the contract.
     * A null is outside a property's type and, for a list of values, outside its enumeration too.
     */
    private static boolean nullAsAbsent(Error error) {
        return ("type".equals(error.getKeyword()) || "enum".equals(error.getKeyword()))
                && error.getInstanceNode() != null && error.getInstanceNode().isNull();
    }

    private List<Error> validate(String pointer, JsonNode instance) {
        Schema schema = schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + p)));
        return schema.validate(instance,
                (ExecutionContext context) -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    private Optional<String> match(String requestPath) {
        for (Template template : templates) {
            if (template.pattern().matcher(requestPath).matches()) {
                return Optional.of(template.path());
            }
        }
        return Optional.empty();
    }

    private static Template template(String path) {
        StringBuilder regex = new StringBuilder();
        int variables = 0;
        for (String part : path.split("(?=\\{)|(?<=\\})")) {
            if (part.startsWith("{") && part.endsWith("}")) {
                regex.append("[^/]+");
                variables++;
            } else {
                regex.append(Pattern.quote(part));
            }
        }
        return new Template(path, Pattern.compile(regex.toString()), variables);
    }

    private static String documentedMediaType(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return mediaType;
        }
        String type = mediaType.contains("/") ? mediaType.substring(0, mediaType.indexOf('/')) : mediaType;
        if (content.has(type + "/*")) {
            return type + "/*";
        }
        return content.has("*/*") ? "*/*" : null;
    }

    private static List<String> header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return List.of();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + " " + error.getMessage();
    }

    private static String pointer(String ref) {
        return ref.startsWith("#") ? ref.substring(1) : ref;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
