package cn.beijing.platform.guardianship.policy.assessment;

import java.util.Set;

/**
 * An assessor of the entrusted organisation (第七条第二款, 第三款).
 *
 * @param qualificationFields            fields of the assessor's degrees or certificates
 * @param physicallyAndMentallyHealthy   "身心健康"
 * @param goodConduct                    "品行良好"
 * @param unlawfulOrCriminalRecord       has a "违法犯罪记录" (record of unlawful or criminal conduct)
 * @param relevantWorkExperience         "具有相关工作经验"
 * @param interestInGuardian             "与未成年人的监护人有利害关系" → must recuse
 */
public record ThirdPartyAssessor(
        Set<QualificationField> qualificationFields,
        Boolean physicallyAndMentallyHealthy,
        Boolean goodConduct,
        Boolean unlawfulOrCriminalRecord,
        Boolean relevantWorkExperience,
        Boolean interestInGuardian) {
}
