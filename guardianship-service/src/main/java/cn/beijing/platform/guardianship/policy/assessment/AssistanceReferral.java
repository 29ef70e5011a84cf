package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;

/** Refer the minor's household for assistance, with the family's recorded consent. */
public record AssistanceReferral(LocalDate date, AssistanceKind kind, HouseholdReliefSituation situation, FamilyConsent consent) {
}
