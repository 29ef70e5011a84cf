package cn.beijing.platform.subsidy.policy.kindergarten;

import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.subsidy.policy.Decision;

/**
 * The outcome of one step of {@link KindergartenApplicationProcess}. Accepted: {@code application} is the next state
 * (and {@code payment} the payment the step schedules, if any); refused: {@code application} is unchanged and
 * {@code refusals} names every gate that failed, each with its code and basis.
 */
public record StepDecision(boolean accepted, KindergartenApplication application, ScheduledPayment payment,
                           List<Refusal> refusals, List<Basis> basis) implements Decision {

    public StepDecision {
        refusals = List.copyOf(refusals);
        basis = List.copyOf(basis);
    }

    static StepDecision accept(KindergartenApplication next, List<Basis> basis) {
        return new StepDecision(true, next, null, List.of(), basis);
    }

    static StepDecision schedule(KindergartenApplication next, ScheduledPayment payment) {
        return new StepDecision(true, next, payment, List.of(), payment.basis());
    }

    static StepDecision refuse(KindergartenApplication unchanged, List<Refusal> refusals) {
        List<Basis> basis = new ArrayList<>();
        for (Refusal refusal : refusals) {
            refusal.basis().stream().filter(b -> !basis.contains(b)).forEach(basis::add);
        }
        return new StepDecision(false, unchanged, null, refusals, basis);
    }

    /** The codes of the refused gates, in order. */
    public List<ApplicationRefusalCode> refusalCodes() {
        return refusals.stream().map(r -> ApplicationRefusalCode.valueOf(r.code())).toList();
    }
}
