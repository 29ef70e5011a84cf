package cn.beijing.platform.energy.api;

import java.util.List;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.Problem;
import cn.beijing.platform.common.error.ProblemTypes;
import cn.beijing.platform.common.web.RequestIds;
import cn.beijing.platform.energy.policy.PolicyInputException;
import cn.beijing.platform.energy.rating.PolicyCalls;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * Safety net: a policy input error ({@link PolicyInputException}, including {@code ParameterNotInForceException})
 * that escaped {@link PolicyCalls} is bad input, 422 naming the field — never a 500. Ordered first: the platform's
 * catch-all advice would otherwise take it (the first advice with any matching handler wins), and since this advice
 * handles nothing else, every other exception still reaches the platform's handlers.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PolicyProblems {

    @ExceptionHandler(PolicyInputException.class)
    ResponseEntity<Problem> policyInput(PolicyInputException e, ServerWebExchange exchange) {
        Problem problem = Problem.of(ProblemTypes.VALIDATION, "Invalid input", 422, "The request has 1 invalid field.")
                .withErrors(List.of(new FieldError(e.field(), PolicyCalls.message(e))))
                .at(exchange.getRequest().getPath().value(), RequestIds.of(exchange));
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
