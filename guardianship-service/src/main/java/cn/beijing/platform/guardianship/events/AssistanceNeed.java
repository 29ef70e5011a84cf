package cn.beijing.platform.guardianship.events;

/** The kind of help an assistance referral asks for (what subsidy-service opens a case for). */
public enum AssistanceNeed {
    /** Preschool education aid (学前教育资助) for the minor. */
    PRESCHOOL_EDUCATION_AID,
    /** Education aid for a minor at school. */
    EDUCATION_AID,
    /** Basic living relief of the household (最低生活保障 and the like). */
    BASIC_LIVING_RELIEF,
    /** Temporary relief (临时救助). */
    TEMPORARY_RELIEF,
    /** Medical relief. */
    MEDICAL_RELIEF,
    /** Any other help, described in the case file. */
    OTHER
}
