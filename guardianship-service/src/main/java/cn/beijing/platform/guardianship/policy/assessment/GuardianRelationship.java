package cn.beijing.platform.guardianship.policy.assessment;

/**
 * A guardian of the minor, by relationship only: names and identity numbers stay in the agency's own case file
 * (第十五条 confidentiality; the assessment needs to know who the guardians are to the minor, not what they are
 * called).
 */
public enum GuardianRelationship {
    FATHER,
    MOTHER,
    GRANDPARENT,
    ADULT_SIBLING,
    OTHER_RELATIVE,
    OTHER_PERSON,
    /** 民法典 第三十二条: a civil-affairs department or residents'/villagers' committee acting as guardian. */
    ORGANISATION
}
