package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.policy.Basis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The outcome of one assessment step. Accepted: {@code assessment} has the new event last, {@code basis} is the
 * event's. Refused: {@code assessment} is unchanged, {@code refusals} lists every gate that failed, {@code basis}
 * their bases.
 */
public record StepDecision(boolean accepted, Assessment assessment, List<Refusal> refusals, List<Basis> basis)
        implements PolicyDecision {

    public StepDecision {
        refusals = List.copyOf(refusals);
        basis = List.copyOf(basis);
    }

    static StepDecision accept(Assessment before, ProcessEvent event) {
        Assessment after = before == null ? new Assessment(List.of(event)) : before.with(event);
        return new StepDecision(true, after, List.of(), event.basis());
    }

    /** Accepted with the event {@code accepted} gives when no gate refused the step; otherwise refused by all. */
    static StepDecision acceptUnlessRefused(Assessment before, List<Refusal> refusals, Supplier<ProcessEvent> accepted) {
        return refusals.isEmpty() ? accept(before, accepted.get()) : refuse(before, refusals);
    }

    static StepDecision refuse(Assessment unchanged, List<Refusal> refusals) {
        List<Basis> basis = new ArrayList<>();
        for (Refusal refusal : refusals) {
            for (Basis b : refusal.basis()) {
                if (!basis.contains(b)) {
                    basis.add(b);
                }
            }
        }
        return new StepDecision(false, unchanged, refusals, basis);
    }

    public List<ProcessRefusalCode> refusalCodes() {
        return refusals.stream().map(r -> ProcessRefusalCode.valueOf(r.code())).toList();
    }

    /** The event the step added, when accepted. */
    public Optional<ProcessEvent> event() {
        if (!accepted) {
            return Optional.empty();
        }
        List<ProcessEvent> history = assessment.history();
        return Optional.of(history.get(history.size() - 1));
    }
}
