package cn.beijing.platform.guardianship.events;

import cn.beijing.platform.common.outbox.EventType;

/**
 * The integration events of the guardianship service. Only these three leave the service (第十五条: the assessment
 * is confidential and is never disclosed to unrelated organisations): each carries ids, codes, dates and basis,
 * never the minor's or the guardians' personal data nor any narrative. Schemas:
 * {@code event-contracts/src/main/resources/events/<topic>.schema.json}.
 */
public final class GuardianshipEvents {

    /** 第十四条: a report to public security; consumed by public security (external). */
    public static final EventType POLICE_REFERRAL = new EventType("guardianship.police-referral.v1", "assessment");
    /** 京民社救发〔2024〕111号 二(二)4, only with the family's recorded consent; consumed by subsidy-service. */
    public static final EventType ASSISTANCE_REFERRAL = new EventType("guardianship.assistance-referral.v1", "assessment");
    /** 第十八条: the conclusion of an assessment was declared invalid. */
    public static final EventType CONCLUSION_INVALIDATED =
            new EventType("guardianship.conclusion-invalidated.v1", "assessment");

    private GuardianshipEvents() {
    }
}
