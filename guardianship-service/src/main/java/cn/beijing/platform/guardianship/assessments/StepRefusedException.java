package cn.beijing.platform.guardianship.assessments;

import cn.beijing.platform.guardianship.policy.Refusal;
import java.util.List;

/** A workflow step refused by {@code AssessmentProcess}: every failed gate with its code and article (409). */
public class StepRefusedException extends RuntimeException {

    private final transient List<Refusal> refusals;

    public StepRefusedException(List<Refusal> refusals) {
        super("refused: " + refusals.stream().map(r -> r.code().name()).toList());
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("a refused step has at least one refusal");
        }
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
