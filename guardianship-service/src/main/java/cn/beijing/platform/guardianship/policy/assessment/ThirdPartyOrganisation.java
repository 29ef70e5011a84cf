package cn.beijing.platform.guardianship.policy.assessment;

/**
 * The entrusted organisation (第七条第二款, 第三款).
 *
 * @param type                                 social-work, legal or psychological service organisation
 * @param legallyRegistered                    "依法登记注册"
 * @param experiencedInMinorProtectionOrAssessment "具备未成年人保护或调查评估相关工作经验"
 * @param interestInGuardian                   "与未成年人的监护人有利害关系" → must recuse
 */
public record ThirdPartyOrganisation(
        OrganisationType type,
        Boolean legallyRegistered,
        Boolean experiencedInMinorProtectionOrAssessment,
        Boolean interestInGuardian) {
}
