package cn.beijing.platform.subsidy.api;

import java.util.List;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.Problem;
import cn.beijing.platform.common.error.ProblemTypes;
import cn.beijing.platform.common.web.RequestIds;
import cn.beijing.platform.subsidy.policy.ParameterNotInForceException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * A date for which no parameter of the gazette is in force is bad input (422 naming the date), never a 500.
 * ({@code PolicyInputException} already is an {@code InvalidInputException}, answered by platform-common.)
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PolicyErrors {

    @ExceptionHandler(ParameterNotInForceException.class)
    ResponseEntity<Problem> parameterNotInForce(ParameterNotInForceException e, ServerWebExchange exchange) {
        Problem problem = Problem.of(ProblemTypes.VALIDATION, "Invalid input", 422, "The request has 1 invalid field.")
                .withErrors(List.of(new FieldError("decisionDate",
                        "no rule of the gazette is in force on " + e.date() + " (" + e.parameter() + ")")))
                .at(exchange.getRequest().getPath().value(), RequestIds.of(exchange));
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
