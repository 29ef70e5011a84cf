package cn.beijing.platform.guardianship.events;

import cn.beijing.platform.guardianship.policy.assessment.PoliceReportGrounds;

/** 第十四条: what the assessor found, suspected unlawful or criminal. */
public enum PoliceReferralCategory {
    /** The parents or other guardian "严重伤害未成年人". */
    SERIOUS_HARM_TO_MINOR,
    /** "实施其他严重侵犯未成年人合法权益行为". */
    OTHER_SERIOUS_INFRINGEMENT,
    /** Both of the above. */
    SERIOUS_HARM_AND_OTHER_INFRINGEMENT;

    /** The category of grounds that oblige a report (at least one of the two kinds is true). */
    public static PoliceReferralCategory of(PoliceReportGrounds grounds) {
        boolean harm = Boolean.TRUE.equals(grounds.seriousHarmToMinor());
        boolean other = Boolean.TRUE.equals(grounds.otherSeriousInfringement());
        if (harm && other) {
            return SERIOUS_HARM_AND_OTHER_INFRINGEMENT;
        }
        return harm ? SERIOUS_HARM_TO_MINOR : OTHER_SERIOUS_INFRINGEMENT;
    }
}
