package cn.beijing.platform.guardianship.policy.assessment;

/**
 * What an assessor found that may oblige a report to public security (第十四条).
 *
 * @param seriousHarmToMinor          the parents or other guardian "严重伤害未成年人"
 * @param otherSeriousInfringement    or "实施其他严重侵犯未成年人合法权益行为"
 * @param suspectedUnlawfulOrCriminal and the conduct is "涉嫌违法犯罪" (suspected unlawful or criminal)
 */
public record PoliceReportGrounds(Boolean seriousHarmToMinor, Boolean otherSeriousInfringement, Boolean suspectedUnlawfulOrCriminal) {

    public static PoliceReportGrounds none() {
        return new PoliceReportGrounds(false, false, false);
    }
}
