package cn.beijing.platform.subsidy.events;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * subsidy-service's trimmed copy of {@code guardianship.conclusion-invalidated.v1}: only the referrals made from the
 * invalidated assessment (第十八条), whose cases are put under review. The rest of the payload is not read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConclusionInvalidated(UUID assessmentId, List<UUID> assistanceReferralIds) {
}
