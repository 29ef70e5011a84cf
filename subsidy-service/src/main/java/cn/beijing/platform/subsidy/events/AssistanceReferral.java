package cn.beijing.platform.subsidy.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;

/**
 * The payload of {@code guardianship.assistance-referral.v1} exactly as its schema
 * ({@code event-contracts/src/main/resources/events/guardianship.assistance-referral.v1.schema.json}) defines it;
 * subsidy-service's own copy (it never depends on guardianship classes). Read strictly: an unknown field or value is
 * a poison record.
 */
public record AssistanceReferral(UUID referralId, UUID assessmentId, String referringAgency, String householdReference,
                                 Kind kind, HouseholdSituation householdSituation, Need need, String districtCode,
                                 String subDistrictCode, Channel channel, LocalDate consentRecordedOn,
                                 LocalDate referredOn, List<Basis> basis) {

    public enum Kind {
        GOVERNMENT_RELIEF, CHARITY_ASSISTANCE
    }

    public enum HouseholdSituation {
        NOT_YET_ELIGIBLE_FOR_GOVERNMENT_RELIEF, STILL_IN_DIFFICULTY_AFTER_GOVERNMENT_RELIEF, OTHER
    }

    public enum Need {
        PRESCHOOL_EDUCATION_AID, EDUCATION_AID, BASIC_LIVING_RELIEF, TEMPORARY_RELIEF, MEDICAL_RELIEF, OTHER
    }

    public enum Channel {
        SUB_DISTRICT_OR_TOWNSHIP_RELIEF_AGENCY
    }
}
