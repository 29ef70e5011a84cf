package cn.beijing.platform.subsidy.events;

import cn.beijing.platform.common.outbox.EventType;

/**
 * The integration events of subsidy-service (schemas: {@code event-contracts/src/main/resources/events/<topic>.schema.json}).
 * They carry ids, amounts, dates and basis: no personal data of children, no objection texts, no finding narratives.
 */
public final class SubsidyEvents {

    /** 京技管发〔2024〕30号 第十四条: an approved list published for its working days; keyed by notice id. */
    public static final EventType PUBLIC_NOTICE_PUBLISHED = new EventType("subsidy.public-notice-published.v1", "notice");
    /** 第十四条: no objection stands after the notice, payment scheduled; keyed by application id. */
    public static final EventType PAYMENT_SCHEDULED = new EventType("subsidy.payment-scheduled.v1", "application");
    /** 第十九条–第二十一条: amounts to recover from a kindergarten; keyed by kindergarten id. */
    public static final EventType CLAWBACK_ORDERED = new EventType("subsidy.clawback-ordered.v1", "kindergarten");

    /** [platform rule] a programme's approved list published before payment (31号, 33号); keyed by notice id. */
    public static final EventType PROGRAMME_NOTICE_PUBLISHED = new EventType(
            "subsidy.programme-notice-published.v1", "programme-notice");
    /** An approved programme application is paid (31号, 33号, 16号); keyed by application id. */
    public static final EventType PROGRAMME_PAYMENT_SCHEDULED = new EventType(
            "subsidy.programme-payment-scheduled.v1", "programme-application");
    /** A programme application's support is recovered; keyed by application id. */
    public static final EventType PROGRAMME_CLAWBACK_ORDERED = new EventType(
            "subsidy.programme-clawback-ordered.v1", "programme-application");

    /** Consumed: a minor's household referred for assistance with consent (guardianship-service). */
    public static final String ASSISTANCE_REFERRAL_TOPIC = "guardianship.assistance-referral.v1";
    /** Consumed: an assessment's conclusion declared invalid; cases opened from its referrals are put under review. */
    public static final String CONCLUSION_INVALIDATED_TOPIC = "guardianship.conclusion-invalidated.v1";

    private SubsidyEvents() {
    }
}
