package cn.beijing.platform.guardianship.api;

import cn.beijing.platform.common.basis.Basis;
import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.Problem;
import cn.beijing.platform.common.error.ProblemTypes;
import cn.beijing.platform.common.web.RequestIds;
import cn.beijing.platform.guardianship.assessments.StepRefusedException;
import cn.beijing.platform.guardianship.policy.PolicyInputException;
import cn.beijing.platform.guardianship.policy.Refusal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Problem responses for the guardianship policy's own failures. These handlers are controller-local (the controllers
 * extend this class) because platform-common's {@code ProblemResponses} advice has the highest precedence and a
 * catch-all handler, so a second advice would never be consulted; controller-local handlers are.
 *
 * <ul>
 *   <li>{@link PolicyInputException} → 422 naming the field, as every bad input. Messages never carry the minor's
 *       date of birth (nor the age derived from it).</li>
 *   <li>{@link StepRefusedException} → 409 {@code rule-violation} with the first refusal's {@code code}, the union
 *       of the {@code basis}, and every refusal in {@code refusals} (each gate that failed, with its article).</li>
 * </ul>
 */
abstract class GuardianshipProblemHandlers {

    @ExceptionHandler(PolicyInputException.class)
    ResponseEntity<Problem> policyInput(PolicyInputException e, ServerWebExchange exchange) {
        FieldError error = new FieldError(requestField(e.field()), safeMessage(e));
        Problem problem = Problem.of(ProblemTypes.VALIDATION, "Invalid input", 422, "The request has 1 invalid field.")
                .withErrors(List.of(error))
                .at(exchange.getRequest().getPath().value(), RequestIds.of(exchange));
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(StepRefusedException.class)
    ResponseEntity<RefusalProblem> refused(StepRefusedException e, ServerWebExchange exchange) {
        List<Basis> basis = new ArrayList<>();
        List<RefusalProblem.RefusedGate> gates = new ArrayList<>();
        for (Refusal refusal : e.refusals()) {
            gates.add(new RefusalProblem.RefusedGate(refusal.code().name(), refusal.detail(), refusal.basis()));
            refusal.basis().stream().filter(b -> !basis.contains(b)).forEach(basis::add);
        }
        Refusal first = e.refusals().get(0);
        String detail = "Refused: " + String.join("; ", gates.stream()
                .map(g -> g.code() + " (" + g.basis().get(0).citation() + ")").toList()) + ".";
        RefusalProblem problem = new RefusalProblem(ProblemTypes.RULE_VIOLATION, "Refused by rule", 409, detail,
                exchange.getRequest().getPath().value(), first.code().name(), basis, gates, RequestIds.of(exchange));
        return ResponseEntity.status(409).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The policy names {@code decisionDate} where the request says {@code date}. */
    static String requestField(String policyField) {
        return "decisionDate".equals(policyField) ? "date" : policyField;
    }

    /** Messages that would reveal the minor's date of birth or age are replaced by a neutral one. */
    static String safeMessage(PolicyInputException e) {
        String reason = e.reason();
        if (reason.contains("birth date")) {
            return "is before the minor's date of birth";
        }
        if (reason.contains("the person is")) {
            return "minorBirthDate".equals(e.field())
                    ? "the person is not a minor on the opening date"
                    : "the person is no longer a minor on this date";
        }
        return reason;
    }

    /** RFC 9457 problem of a refused workflow step. */
    record RefusalProblem(URI type, String title, int status, String detail, String instance, String code,
                          List<Basis> basis, List<RefusedGate> refusals, String requestId) {

        record RefusedGate(String code, String detail, List<Basis> basis) {
        }
    }
}
