package cn.beijing.platform.guardianship.events;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code guardianship.police-referral.v1}: an assessing agency reported an assessment to public security (第十四条).
 * Ids and the category only: public security obtains the case file from the referring agency.
 *
 * @param referralId      id of this referral
 * @param assessmentId    the assessment it comes from (key of the record)
 * @param referringAgency the assessing agency's organisation id (its {@code agency} claim)
 * @param category        what was found, as a category
 * @param referredOn      date of the referral
 * @param basis           第十四条
 */
public record PoliceReferralMade(UUID referralId, UUID assessmentId, String referringAgency,
                                 PoliceReferralCategory category, LocalDate referredOn, List<Basis> basis) {
}
