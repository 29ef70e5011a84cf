package cn.beijing.platform.gateway;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Problems of the gateway's own endpoints (the token endpoint) as problem+json: bad input naming the field, a wrong
 * content type (415), an oversized body (413), and any other status the framework raises. Only for the gateway's
 * own controllers: errors of the routes to the services (a time limit, an open breaker, 404, 405) are the
 * {@link GatewayErrorHandler}'s.
 */
@RestControllerAdvice(assignableTypes = DevTokenController.class)
class GatewayProblemAdvice {

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<Map<String, Object>> invalid(WebExchangeBindException e, ServerWebExchange exchange) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, Problems.body(Problems.VALIDATION, HttpStatus.UNPROCESSABLE_CONTENT,
                "The request has invalid fields.", exchange, errors));
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(UnsupportedMediaTypeStatusException e,
            ServerWebExchange exchange) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.body(Problems.UNSUPPORTED_MEDIA_TYPE,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json.", exchange,
                List.of(Map.of("field", "Content-Type", "message", "must be application/json"))));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<Map<String, Object>> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        return respond(HttpStatus.BAD_REQUEST, Problems.body(Problems.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST,
                "The request could not be read.", exchange, List.of(Map.of("field", "body", "message", "is not valid JSON"))));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> status(ResponseStatusException e, ServerWebExchange exchange) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        HttpStatus known = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        if (known == HttpStatus.CONTENT_TOO_LARGE) {
            return respond(known, Problems.body(Problems.CONTENT_TOO_LARGE, known,
                    "The request body is larger than this endpoint accepts.", exchange,
                    List.of(Map.of("field", "body", "message", "is too large"))));
        }
        return respond(known, Problems.body(Problems.type("http-" + known.value()), known,
                known.is5xxServerError() ? "The request failed." : known.getReasonPhrase() + ".", exchange, null));
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
