package cn.beijing.platform.common.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import cn.beijing.platform.common.input.RefusedInputException;
import cn.beijing.platform.common.input.RefusedValueException;
import cn.beijing.platform.common.web.RequestIds;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.policy.calendar.CalendarYearNotLoadedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns the platform's known failures of a request into {@code application/problem+json}. Bad input is 400
 * (cannot be read) or 422 (read, but not acceptable) and names the field. Messages never echo input values,
 * so no personal data reaches a client or a log. Highest precedence, but only for the exception types below:
 * a service's own {@code @RestControllerAdvice} handles its own exception types, and whatever nobody
 * handles ends in {@link UnexpectedProblems} (lowest precedence).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemResponses {

    @ExceptionHandler(WebExchangeBindException.class)
    ResponseEntity<Problem> bind(WebExchangeBindException e, ServerWebExchange exchange) {
        List<FieldError> errors = new ArrayList<>();
        e.getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
        e.getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return respond(exchange, invalid(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Problem> methodValidation(HandlerMethodValidationException e, ServerWebExchange exchange) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(r -> errors.add(new FieldError(parameter, r.getDefaultMessage())));
            }
        }
        return respond(exchange, invalid(errors));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Problem> invalidInput(InvalidInputException e, ServerWebExchange exchange) {
        return respond(exchange, invalid(e.errors()));
    }

    /** A rule could not decide on an input: 422 naming the field, as any bad input. */
    @ExceptionHandler(PolicyInputException.class)
    ResponseEntity<Problem> policyInput(PolicyInputException e, ServerWebExchange exchange) {
        return respond(exchange, invalid(List.of(new FieldError(e.field(), e.reason()))));
    }

    /**
     * Input read from the request by a service (a claim's block, a rule's body): 400 when it does not fit its type,
     * 422 when it does but breaks the input rules.
     */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Problem> unreadableJson(JacksonException e, ServerWebExchange exchange) {
        if (e instanceof RefusedInputException refused) {   // read, but beyond the input rules: 422 as in a body
            return respond(exchange, invalid(List.of(new FieldError(pathOrBody(refused), refused.rule()))));
        }
        return respond(exchange, Problem.of(ProblemTypes.MALFORMED_REQUEST, "Malformed request", 400,
                "The request could not be read.").withErrors(List.of(e.getPath().isEmpty()
                        ? new FieldError("body", "is not valid JSON") : new FieldError(path(e), jsonProblem(e)))));
    }

    @ExceptionHandler(MethodNotAllowedException.class)
    ResponseEntity<Problem> methodNotAllowed(MethodNotAllowedException e, ServerWebExchange exchange) {
        return respond(exchange, Problem.of(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", 405,
                "Method " + e.getHttpMethod() + " is not supported here."));
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    ResponseEntity<Problem> unsupportedMediaType(UnsupportedMediaTypeStatusException e, ServerWebExchange exchange) {
        return respond(exchange, Problem.of(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                "Send the request body as application/json.")
                .withErrors(List.of(new FieldError("Content-Type", "must be application/json"))));
    }

    @ExceptionHandler(NotAcceptableStatusException.class)
    ResponseEntity<Problem> notAcceptable(NotAcceptableStatusException e, ServerWebExchange exchange) {
        return respond(exchange, Problem.of(ProblemTypes.MALFORMED_REQUEST, "Not acceptable", 406,
                "This resource is available as application/json."));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<Problem> unreadable(ServerWebInputException e, ServerWebExchange exchange) {
        FieldError refused = refusedField(e);
        if (refused != null) {
            return respond(exchange, invalid(List.of(refused)));
        }
        return respond(exchange, Problem.of(ProblemTypes.MALFORMED_REQUEST, "Malformed request", 400,
                "The request could not be read.").withErrors(List.of(unreadableField(e))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Problem> notFound(NotFoundException e, ServerWebExchange exchange) {
        return respond(exchange, Problem.of(ProblemTypes.NOT_FOUND, "Not found", 404, e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Problem> conflict(ConflictException e, ServerWebExchange exchange) {
        return respond(exchange, Problem.of(ProblemTypes.CONFLICT, "Conflict", 409, e.getMessage()));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Problem> ruleViolation(RuleViolationException e, ServerWebExchange exchange) {
        return respond(exchange, Problem.of(ProblemTypes.RULE_VIOLATION, "Refused by rule", 409, e.getMessage())
                .withRefusals(e.code(), e.basis(), e.refusals()));
    }

    @ExceptionHandler(CalendarYearNotLoadedException.class)
    ResponseEntity<Problem> calendarYear(CalendarYearNotLoadedException e, ServerWebExchange exchange) {
        return respond(exchange, Problem.of(ProblemTypes.CALENDAR_YEAR_NOT_LOADED, "Calendar year not loaded", 422,
                "No official holiday arrangement is loaded for " + e.year() + "; working days cannot be counted."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Problem> forbidden(AccessDeniedException e, ServerWebExchange exchange) {
        return respond(exchange, Problem.of(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your role may not perform this request."));
    }

    /** 422 listing every offending field. */
    public static Problem invalid(List<FieldError> errors) {
        return Problem.of(ProblemTypes.VALIDATION, "Invalid input", 422,
                "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s") + ".")
                .withErrors(errors);
    }

    /**
     * A value that was read but breaks the platform's input rules (a number beyond its bounds, a date out of range,
     * a control character, a text or number longer than accepted): 422 naming it. Null for anything unreadable.
     */
    private static FieldError refusedField(ServerWebInputException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefusedInputException refused) {
                return new FieldError(pathOrBody(refused), refused.rule());
            }
            if (t instanceof StreamConstraintsException tooLong) {
                return new FieldError(pathOrBody(tooLong), "is longer or nested deeper than accepted");
            }
            if (t instanceof InputCoercionException outOfRange) {
                return new FieldError(pathOrBody(outOfRange), "is out of range");
            }
            if (t instanceof RefusedValueException refused && e.getMethodParameter() != null) {
                String name = e.getCause() instanceof TypeMismatchException mismatch
                        && mismatch.getPropertyName() != null ? mismatch.getPropertyName()
                        : e.getMethodParameter().getParameterName();
                return new FieldError(name, refused.getMessage());
            }
        }
        return null;
    }

    private static String pathOrBody(JacksonException e) {
        String path = path(e);
        return path.isEmpty() ? "body" : path;
    }

    private static FieldError unreadableField(ServerWebInputException e) {
        if (e instanceof MissingRequestValueException missing) {
            return new FieldError(missing.getName(), "is required");
        }
        if (e.getMethodParameter() != null && e.getCause() instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() != null ? mismatch.getPropertyName()
                    : e.getMethodParameter().getParameterName();
            return new FieldError(name, "has the wrong type" + expected(mismatch.getRequiredType()));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                return new FieldError(path(json), jsonProblem(json));
            }
            if (t instanceof JacksonException) {
                return new FieldError("body", "is not valid JSON");
            }
        }
        if (e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("body")) {
            return new FieldError("body", "is required");
        }
        if (e.getCause() instanceof DecodingException) {
            return new FieldError("body", "is not valid JSON");
        }
        return new FieldError("body", "could not be read");
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String jsonProblem(JacksonException e) {
        if (e instanceof tools.jackson.databind.exc.InvalidFormatException invalid
                && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            Object[] constants = invalid.getTargetType().getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
                names.add(((Enum<?>) c).name());
            }
            return "must be one of " + names;
        }
        if (e instanceof tools.jackson.databind.exc.PropertyBindingException unknown) {
            // a misspelt or invented field (a subtype of the mismatch below, which would call it "the wrong type")
            return "is not a field here" + known(unknown.getKnownPropertyIds());
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException mismatched) {
            return "has the wrong type" + expected(mismatched.getTargetType());
        }
        return "could not be read";
    }

    private static String known(Collection<Object> names) {
        if (names == null || names.isEmpty()) {
            return "";
        }
        return ": the fields are " + names.stream().map(String::valueOf).sorted().toList();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            return ": must be one of " + names;
        }
        return ": expected " + switch (type.getSimpleName()) {
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
            case "Integer", "int", "Long", "long", "Short", "short" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "String" -> "a string";
            case "UUID" -> "a UUID";
            default -> type.getSimpleName().startsWith("List") || type.getSimpleName().startsWith("Set")
                    ? "an array" : "an object";
        };
    }

    static ResponseEntity<Problem> respond(ServerWebExchange exchange, Problem problem) {
        return ResponseEntity.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.at(exchange.getRequest().getPath().value(), RequestIds.of(exchange)));
    }
}
