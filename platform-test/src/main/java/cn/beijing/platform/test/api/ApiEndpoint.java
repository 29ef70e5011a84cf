package cn.beijing.platform.test.api;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;

/**
 * One endpoint of a running service, as its handler mapping declares it.
 *
 * @param method       HTTP method
 * @param path         the path pattern ({@code /api/energy/buildings/{id}})
 * @param consumes     the one content type it is narrowed to, or {@code null} (JSON, or no body)
 * @param bodyType     the {@code @RequestBody} type, or {@code null}
 * @param roles        the roles {@code @PreAuthorize} admits; empty when any authenticated caller may call
 * @param pathVariables the names of the path's variables
 */
public record ApiEndpoint(String method, String path, MediaType consumes, Type bodyType, Set<String> roles,
                          List<String> pathVariables) {

    /** {@code METHOD path} or {@code METHOD path content/type}: how a seed names the endpoint. */
    public String key() {
        return method + " " + path + (consumes == null ? "" : " " + consumes.getType() + "/" + consumes.getSubtype());
    }

    public boolean command() {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    public boolean json() {
        return consumes == null || consumes.isCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Override
    public String toString() {
        return key();
    }
}
