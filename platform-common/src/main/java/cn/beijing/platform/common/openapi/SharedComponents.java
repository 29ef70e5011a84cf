package cn.beijing.platform.common.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.web.RequestIds;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The parts of every service's document that the platform shares: the {@code Problem} schema (RFC 9457 with
 * {@code errors[]}, {@code code}, {@code basis}, {@code refusals[]}, {@code requestId}), {@code Basis}, the
 * {@code Idempotency-Key} and {@code X-Request-Id} headers, one problem response per status, and the bearer-JWT
 * scheme. Operations refer to them by {@code $ref}; they are defined here once.
 */
public final class SharedComponents {

    public static final String SECURITY_SCHEME = "bearer-jwt";
    public static final String PROBLEM = "Problem";
    public static final String BASIS = "Basis";
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String LOCATION = "Location";
    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";

    /** The problem responses by status: component name and description. */
    static final Map<Integer, String[]> PROBLEM_RESPONSES = problemResponses();

    private SharedComponents() {
    }

    private static Map<Integer, String[]> problemResponses() {
        Map<Integer, String[]> responses = new LinkedHashMap<>();
        responses.put(400, new String[] { "BadRequest", "Unreadable input: malformed JSON, a wrong type, an unknown"
                + " enum value or property, a missing body; `errors` names the field." });
        responses.put(401, new String[] { "Unauthorized", "No valid bearer token." });
        responses.put(403, new String[] { "Forbidden", "The caller's role (or scope) may not do this." });
        responses.put(404, new String[] { "NotFound", "No such resource, or one the caller may not see." });
        responses.put(409, new String[] { "Conflict", "Refused by a rule of the gazette (`rule-violation` with"
                + " `code` and `basis`; a refused workflow step lists every failed gate in `refusals`) or by the"
                + " resource's state (`conflict`)." });
        responses.put(413, new String[] { "ContentTooLarge", "The request body is larger than the gateway admits for"
                + " this kind of operation (calculators, commands, imports)." });
        responses.put(415, new String[] { "UnsupportedMediaType", "The body is not of a media type the operation"
                + " reads (`application/json`, or `text/csv` where an import takes it)." });
        responses.put(422, new String[] { "UnprocessableContent", "Readable but invalid input; `errors` names every"
                + " offending field (`children[2].birthDate`). Also: an `Idempotency-Key` reused with another body." });
        responses.put(429, new String[] { "TooManyRequests", "The caller's or its agency's rate limit at the gateway"
                + " is exhausted for this kind of operation; retry after `Retry-After` seconds (`violatedPolicies` names"
                + " the exhausted quotas)." });
        responses.put(503, new String[] { "ServiceUnavailable", "A dependency (database, broker, the service"
                + " itself behind the gateway) is unavailable for a moment; retry after `Retry-After` seconds (with"
                + " the same `Idempotency-Key` a retried command is safe)." });
        return responses;
    }

    static Components components() {
        Components components = new Components();
        components.addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT with the caller's roles in the `roles` claim and agency in the `agency` claim,"
                        + " checked by the gateway and again by the service. Where an operation names roles, its"
                        + " security requirements list them as alternatives (any one suffices); an operation that"
                        + " names none is open to every authenticated caller. Local platform: `POST /dev/tokens`"
                        + " at the gateway issues one."));
        schemas().forEach(components::addSchemas);
        components.addParameters(IdempotentCommands.HEADER, new Parameter().in("header").name(IdempotentCommands.HEADER)
                .required(false)
                .description("Makes a state-changing request safe to retry: a replay with the same key and body"
                        + " returns the first response with `Idempotent-Replayed: true` and writes nothing; the same"
                        + " key with another body is 422. Keys are unique per operation and caller.")
                .schema(string().minLength(1).maxLength(200)));
        components.addParameters(RequestIds.HEADER, new Parameter().in("header").name(RequestIds.HEADER)
                .required(false)
                .description("Correlation id; the gateway sets one when absent. Returned on every response and"
                        + " carried into the events the request causes.")
                .schema(requestIdSchema()));
        components.addHeaders(RequestIds.HEADER, new Header()
                .description("The request's correlation id (the caller's, or one the gateway created).")
                .required(true).schema(requestIdSchema()));
        components.addHeaders(IdempotentCommands.REPLAYED_HEADER, new Header()
                .description("`true` when this is the stored response of an earlier request with the same"
                        + " `Idempotency-Key`; nothing was written again.")
                .schema(trueOnly()));
        components.addHeaders(RETRY_AFTER, new Header().description("Seconds to wait before retrying.")
                .required(true).schema(integer().minimum(BigDecimal.ONE)));
        components.addHeaders(LOCATION, new Header()
                .description("Path of the created resource, where it has one of its own.").schema(string().format("uri-reference")));
        components.addHeaders(RATE_LIMIT_POLICY, new Header().description("The gateway's quotas for this kind of"
                + " operation (IETF httpapi rate-limit fields), e.g. `\"calculators-subject\";q=600;w=60`.")
                .schema(string()));
        components.addHeaders(RATE_LIMIT, new Header().description("What is left of each quota:"
                + " `\"<policy>\";r=<remaining>;t=<seconds to the next token>`.").schema(string()));
        components.addHeaders(WWW_AUTHENTICATE, new Header().description("`Bearer`: the scheme to authenticate with.")
                .schema(string()));
        PROBLEM_RESPONSES.forEach((status, nameAndDescription) -> components.addResponses(nameAndDescription[0],
                problemResponse(status, nameAndDescription[1])));
        return components;
    }

    private static ApiResponse problemResponse(int status, String description) {
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_MEDIA_TYPE,
                        new MediaType().schema(ref(PROBLEM))));
        response.addHeaderObject(RequestIds.HEADER, headerRef(RequestIds.HEADER));
        if (status == 503 || status == 429) {
            response.addHeaderObject(RETRY_AFTER, headerRef(RETRY_AFTER));
        }
        if (status == 429) {
            response.addHeaderObject(RATE_LIMIT_POLICY, headerRef(RATE_LIMIT_POLICY));
            response.addHeaderObject(RATE_LIMIT, headerRef(RATE_LIMIT));
        }
        if (status == 401) {
            response.addHeaderObject(WWW_AUTHENTICATE, headerRef(WWW_AUTHENTICATE));
        }
        return response;
    }

    /** The shared schemas; a generated schema of the same name (a record called {@code Basis}) is replaced. */
    static Map<String, Schema<?>> schemas() {
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        schemas.put(BASIS, object("The legal basis of a decision: the document number and article exactly as"
                + " printed in the gazette and, when a parameter set was used, its name and version.")
                .addProperty("document", string().description("Document number, e.g. `京建法〔2024〕12号`."))
                .addProperty("article", string().description("Article, e.g. `第五条`."))
                .addProperty("parameters", string().description("Parameter set and version, e.g."
                        + " `energy-grade-multipliers@2025-02-01`."))
                .required(List.of("document", "article")));
        schemas.put("FieldError", object("One offending input field.")
                .addProperty("field", string().description("JSON path of the field (`children[2].birthDate`),"
                        + " a query parameter or a header."))
                .addProperty("message", string().description("What is wrong; never echoes the value."))
                .required(List.of("field", "message")));
        schemas.put("RefusedGate", object("One rule that refused a workflow step.")
                .addProperty("code", string().description("Stable code of the refusal."))
                .addProperty("detail", string())
                .addProperty("basis", array(ref(BASIS)))
                .required(List.of("code", "basis")));
        schemas.put(PROBLEM, object("An RFC 9457 problem document. Clients switch on `type`, which never changes"
                + " meaning; no message reveals personal data or the service's internals.")
                .addProperty("type", string().format("uri")
                        .description("`urn:municipal-platform:problem:<slug>`, e.g. `validation-failed`,"
                                + " `malformed-request`, `rule-violation`, `conflict`, `not-found`, `unauthenticated`,"
                                + " `forbidden`, `idempotency-key-reused`, `service-unavailable`.")
                        .examples(List.of("urn:municipal-platform:problem:validation-failed")))
                .addProperty("title", string())
                .addProperty("status", integer().minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string())
                .addProperty("instance", string().description("The request path."))
                .addProperty("errors", array(ref("FieldError")).description("Bad input: every offending field."))
                .addProperty("code", string().description("The rule that refused a command (409)."))
                .addProperty("basis", array(ref(BASIS)).description("The articles of the refusing rule (409)."))
                .addProperty("refusals", array(ref("RefusedGate"))
                        .description("A refused workflow step: every gate that failed, with its article."))
                .addProperty("violatedPolicies", array(string())
                        .description("The gateway's exhausted rate-limit quotas (429)."))
                .addProperty("requestId", requestIdSchema().description("The request's `X-Request-Id`."))
                .required(List.of("type", "title", "status")));
        return schemas;
    }

    static Schema<?> ref(String component) {
        return new Schema<>().$ref("#/components/schemas/" + component);
    }

    static Header headerRef(String component) {
        return new Header().$ref("#/components/headers/" + component);
    }

    static Parameter parameterRef(String component) {
        return new Parameter().$ref("#/components/parameters/" + component);
    }

    static ApiResponse responseRef(int status) {
        return new ApiResponse().$ref("#/components/responses/" + PROBLEM_RESPONSES.get(status)[0]);
    }

    private static Schema<?> requestIdSchema() {
        return string().pattern("^[A-Za-z0-9._:-]{1,128}$");
    }

    private static Schema<?> object(String description) {
        Schema<?> schema = typed("object").description(description);
        schema.setAdditionalProperties(Boolean.FALSE);
        return schema;
    }

    private static Schema<?> trueOnly() {
        Schema<Object> schema = typed("string");
        schema.setEnum(List.of("true"));
        return schema;
    }

    /**
     * A schema with its type in both swagger-core fields: springdoc copies the document bean through JSON in the
     * OpenAPI 3.0 model ({@code type}) and writes it as 3.1 ({@code types}); either alone is lost on one of the two.
     */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.type(type);
        schema.types(Set.of(type));
        return schema;
    }

    private static Schema<?> string() {
        return typed("string");
    }

    private static Schema<?> integer() {
        return typed("integer").format("int32");
    }

    private static Schema<?> array(Schema<?> items) {
        return typed("array").items(items);
    }
}
