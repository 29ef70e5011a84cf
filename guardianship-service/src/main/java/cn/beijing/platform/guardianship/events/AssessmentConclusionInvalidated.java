package cn.beijing.platform.guardianship.events;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.guardianship.policy.assessment.InvalidationGround;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code guardianship.conclusion-invalidated.v1}: the conclusion of an assessment is invalid (第十八条). The report
 * stays in the history; consumers that acted on it (e.g. subsidy cases opened from its assistance referrals) review
 * their cases. The statement of what was forged, concealed or false stays in the service.
 *
 * @param assessmentId           the assessment (key of the record)
 * @param agency                 the assessing agency's organisation id
 * @param ground                 forged/altered material, concealed facts or a false report
 * @param reportIssuedOn         date of the report whose conclusion is invalid
 * @param invalidatedOn          date of the invalidation
 * @param assistanceReferralIds  assistance referrals made from this assessment before the invalidation
 * @param basis                  第十八条
 */
public record AssessmentConclusionInvalidated(UUID assessmentId, String agency, InvalidationGround ground,
                                              LocalDate reportIssuedOn, LocalDate invalidatedOn,
                                              List<UUID> assistanceReferralIds, List<Basis> basis) {
}
