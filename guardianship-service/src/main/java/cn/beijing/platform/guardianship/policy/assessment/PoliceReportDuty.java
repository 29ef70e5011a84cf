package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.Rule;
import java.time.LocalDate;
import java.util.List;
import cn.beijing.platform.guardianship.policy.GazetteCitations;

/**
 * 第十四条: an assessor who finds that the parents or other guardian seriously harmed the minor or otherwise seriously
 * infringed the minor's rights, suspected unlawful or criminal, shall report to public security promptly.
 */
@Rule(id = "police-report", document = GazetteCitations.ASSESSMENT_MEASURES, article = "第十四条")
public final class PoliceReportDuty implements Decides<PoliceReportGrounds, PoliceReportDecision> {

    @Override
    public PoliceReportDecision decide(PoliceReportGrounds grounds, LocalDate decisionDate) {
        return assess(grounds);
    }


    /** @throws PolicyInputException naming {@code grounds.*} when a flag is missing */
    public PoliceReportDecision assess(PoliceReportGrounds grounds) {
        Inputs.required("grounds", grounds);
        boolean harm = Inputs.required("grounds.seriousHarmToMinor", grounds.seriousHarmToMinor());
        boolean infringement = Inputs.required("grounds.otherSeriousInfringement", grounds.otherSeriousInfringement());
        boolean suspected = Inputs.required("grounds.suspectedUnlawfulOrCriminal", grounds.suspectedUnlawfulOrCriminal());
        return new PoliceReportDecision((harm || infringement) && suspected, List.of(GazetteCitations.measures("第十四条")));
    }
}
