package cn.beijing.platform.gateway;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/** Bad input to the gateway's own endpoints (the token endpoint) as problem+json naming the field. */
@RestControllerAdvice
class GatewayProblemAdvice {

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<Map<String, Object>> invalid(WebExchangeBindException e, ServerWebExchange exchange) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, Problems.body(Problems.VALIDATION, HttpStatus.UNPROCESSABLE_CONTENT,
                "The request has invalid fields.", exchange, errors));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<Map<String, Object>> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        return respond(HttpStatus.BAD_REQUEST, Problems.body(Problems.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST,
                "The request could not be read.", exchange, List.of(Map.of("field", "body", "message", "is not valid JSON"))));
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
