package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.Rule;
import java.time.LocalDate;
import java.util.List;
import cn.beijing.platform.guardianship.policy.GazetteCitations;

/** 第四条: an assessment is as needed, except that returning a minor after temporary guardianship requires one. */
@Rule(id = "assessment-trigger", document = GazetteCitations.ASSESSMENT_MEASURES, article = "第四条")
public final class AssessmentObligation implements Decides<AssessmentObligation.Input, AssessmentObligationDecision> {

    /** The occasion of 第四条 on which an assessment is considered. */
    public record Input(AssessmentTrigger trigger) {
    }

    @Override
    public AssessmentObligationDecision decide(Input input, LocalDate decisionDate) {
        return decide(Inputs.required("input", input).trigger());
    }


    public AssessmentObligationDecision decide(AssessmentTrigger trigger) {
        Inputs.required("trigger", trigger);
        return new AssessmentObligationDecision(trigger, trigger.mandatory(), List.of(GazetteCitations.measures("第四条")));
    }
}
