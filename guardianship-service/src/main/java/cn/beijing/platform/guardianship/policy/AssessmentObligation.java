package cn.beijing.platform.guardianship.policy;

import java.util.List;

/** 第四条: an assessment is as needed, except that returning a minor after temporary guardianship requires one. */
public final class AssessmentObligation {

    public AssessmentObligationDecision decide(AssessmentTrigger trigger) {
        PolicyInputException.required(trigger, "trigger");
        return new AssessmentObligationDecision(trigger, trigger.mandatory(), List.of(GazetteCitations.measures("第四条")));
    }
}
