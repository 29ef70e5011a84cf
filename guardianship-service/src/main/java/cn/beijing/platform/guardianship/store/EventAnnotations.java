package cn.beijing.platform.guardianship.store;

import cn.beijing.platform.guardianship.events.AssistanceNeed;
import cn.beijing.platform.guardianship.events.PoliceReferralCategory;
import java.util.List;
import java.util.UUID;
import cn.beijing.platform.guardianship.policy.assessment.GuardianRelationship;

/**
 * What the platform records beside a policy event (the policy decides without it): guardians' relationships at
 * opening, the subjects of the assigned assessors, the third party's registration, evidence notes of findings,
 * referral ids. Fields not relevant to an event are null.
 */
public record EventAnnotations(
        List<GuardianRelationship> guardians,
        List<String> assessorSubjects,
        String organisationRegistration,
        List<FindingNote> findingNotes,
        UUID referralId,
        PoliceReferralCategory policeCategory,
        AssistanceNeed assistanceNeed) {

    public static EventAnnotations none() {
        return new EventAnnotations(null, null, null, null, null, null, null);
    }

    public static EventAnnotations opening(List<GuardianRelationship> guardians) {
        return new EventAnnotations(List.copyOf(guardians), null, null, null, null, null, null);
    }

    public static EventAnnotations team(List<String> assessorSubjects, String organisationRegistration) {
        return new EventAnnotations(null, List.copyOf(assessorSubjects), organisationRegistration, null, null, null, null);
    }

    public static EventAnnotations findings(List<FindingNote> notes) {
        return new EventAnnotations(null, null, null, List.copyOf(notes), null, null, null);
    }

    public static EventAnnotations policeReferral(UUID referralId, PoliceReferralCategory category) {
        return new EventAnnotations(null, null, null, null, referralId, category, null);
    }

    public static EventAnnotations assistanceReferral(UUID referralId, AssistanceNeed need) {
        return new EventAnnotations(null, null, null, null, referralId, null, need);
    }

    /** One assessment point examined, adverse or not, with the assessors' evidence note (kept in this database only). */
    public record FindingNote(String indicatorCode, boolean adverse, String evidenceNote) {
    }
}
