package cn.beijing.platform.guardianship.policy.assessment;

/**
 * An assessor on an on-site visit (第十一条).
 *
 * @param sex                 for the female-assessor rule
 * @param credentialShown     "应出示工作证件或证明"
 * @param conflictOfInterest  has an interest in the minor's guardian (第七条: must recuse)
 */
public record Assessor(Sex sex, Boolean credentialShown, Boolean conflictOfInterest) {
}
