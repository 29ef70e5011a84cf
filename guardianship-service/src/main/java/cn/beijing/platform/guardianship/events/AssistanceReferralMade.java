package cn.beijing.platform.guardianship.events;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.guardianship.policy.assessment.AssistanceKind;
import cn.beijing.platform.guardianship.policy.assessment.HouseholdReliefSituation;
import cn.beijing.platform.guardianship.policy.assessment.ReferralChannel;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code guardianship.assistance-referral.v1}: the minor's household was referred for assistance with the family's
 * recorded consent (京民社救发〔2024〕111号 二(二)4); subsidy-service opens an assistance case from it. No names, no
 * birth dates: the household is a pseudonymous reference that only the referring agency can resolve.
 *
 * @param referralId         id of this referral (the subsidy case is opened once per referral id)
 * @param assessmentId       the assessment it comes from (key of the record)
 * @param referringAgency    the assessing agency's organisation id
 * @param householdReference pseudonymous reference of the minor's household, stable for the assessment
 * @param kind               government relief or charity help
 * @param householdSituation 二(二)4: not yet eligible for relief / still in difficulty after it / other
 * @param need               the kind of help needed
 * @param districtCode       6-digit administrative division code of the district (区)
 * @param subDistrictCode    9-digit code of the sub-district/township (街道/乡镇) that receives the referral first
 * @param channel            the sub-district/township relief agency (二(二)4)
 * @param consentRecordedOn  when the family's consent was recorded (before the referral)
 * @param referredOn         date of the referral
 * @param basis              the consent rule and 第十二条
 */
public record AssistanceReferralMade(UUID referralId, UUID assessmentId, String referringAgency,
                                     String householdReference, AssistanceKind kind,
                                     HouseholdReliefSituation householdSituation, AssistanceNeed need,
                                     String districtCode, String subDistrictCode, ReferralChannel channel,
                                     LocalDate consentRecordedOn, LocalDate referredOn, List<Basis> basis) {
}
