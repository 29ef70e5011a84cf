package cn.beijing.platform.common.error;

import java.net.URI;

/** Stable problem {@code type} URIs. Clients may switch on them; they never change meaning. */
public final class ProblemTypes {

    public static final URI VALIDATION = type("validation-failed");
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI CONFLICT = type("conflict");
    public static final URI RULE_VIOLATION = type("rule-violation");
    public static final URI IDEMPOTENCY_KEY_REUSED = type("idempotency-key-reused");
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    public static final URI CALENDAR_YEAR_NOT_LOADED = type("calendar-year-not-loaded");
    public static final URI SERVICE_UNAVAILABLE = type("service-unavailable");
    public static final URI INTERNAL = type("internal-error");

    private ProblemTypes() {
    }

    public static URI type(String slug) {
        return URI.create("urn:municipal-platform:problem:" + slug);
    }
}
