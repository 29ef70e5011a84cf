package cn.beijing.platform.common.input;

import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper that reads request bodies under the input rules: the application's {@link JsonMapper} with
 * {@link InputRulesModule} (see {@link InputRulesModule#requestMapper}). One per application, a bean of the platform's
 * auto-configuration: the WebFlux request decoder and every rule family read with it, so a fact of a rule keeps the
 * rules of any other request body. Stored JSON, events and responses keep the application's mapper.
 */
public final class RequestBodyMapper {

    private final JsonMapper json;

    private RequestBodyMapper(JsonMapper json) {
        this.json = json;
    }

    /** The request-body mapper of an application whose own mapper is {@code application}. */
    public static RequestBodyMapper of(JsonMapper application) {
        return new RequestBodyMapper(InputRulesModule.requestMapper(application));
    }

    public JsonMapper json() {
        return json;
    }
}
