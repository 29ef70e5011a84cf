package cn.beijing.platform.guardianship.policy;

import java.util.List;

/**
 * 第十四条: an assessor who finds that the parents or other guardian seriously harmed the minor or otherwise seriously
 * infringed the minor's rights, suspected unlawful or criminal, shall report to public security promptly.
 */
public final class PoliceReportDuty {

    /** @throws PolicyInputException naming {@code grounds.*} when a flag is missing */
    public PoliceReportDecision assess(PoliceReportGrounds grounds) {
        PolicyInputException.required(grounds, "grounds");
        boolean harm = PolicyInputException.required(grounds.seriousHarmToMinor(), "grounds.seriousHarmToMinor");
        boolean infringement = PolicyInputException.required(grounds.otherSeriousInfringement(),
                "grounds.otherSeriousInfringement");
        boolean suspected = PolicyInputException.required(grounds.suspectedUnlawfulOrCriminal(),
                "grounds.suspectedUnlawfulOrCriminal");
        return new PoliceReportDecision((harm || infringement) && suspected, List.of(GazetteCitations.measures("第十四条")));
    }
}
