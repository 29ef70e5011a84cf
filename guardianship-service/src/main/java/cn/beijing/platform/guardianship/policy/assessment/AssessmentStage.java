package cn.beijing.platform.guardianship.policy.assessment;

/** The furthest milestone an assessment has reached (INVALIDATED is terminal). */
public enum AssessmentStage {
    OPENED,
    NOTIFIED,
    TEAM_ASSIGNED,
    VISITED,
    FINDINGS_RECORDED,
    REPORTED,
    PROBLEMS_NOTIFIED,
    INVALIDATED
}
