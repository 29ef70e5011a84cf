package cn.beijing.platform.test.api;

import java.util.Map;

import org.springframework.http.MediaType;

/**
 * One request as it goes out: path and query unencoded, the {@code Authorization} value, the content type
 * ({@code null}: none) and the body ({@code String} or {@code byte[]}, {@code null}: none); {@code mutation} says what
 * was changed in the seed.
 */
public record ApiRequest(String method, String pathAndQuery, String token, MediaType contentType, Object body,
                         Map<String, String> headers, String mutation) {

    public ApiRequest withBody(MediaType type, Object newBody, String what) {
        return new ApiRequest(method, pathAndQuery, token, type, newBody, headers, what);
    }

    public ApiRequest withPath(String newPathAndQuery, String what) {
        return new ApiRequest(method, newPathAndQuery, token, contentType, body, headers, what);
    }

    public ApiRequest withToken(String newToken, String what) {
        return new ApiRequest(method, pathAndQuery, newToken, contentType, body, headers, what);
    }

    @Override
    public String toString() {
        return method + " " + (pathAndQuery.length() > 160 ? pathAndQuery.substring(0, 160) + "…" : pathAndQuery)
                + " [" + mutation + "]";
    }
}
