package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;

/** The family's recorded consent (征得困难群众同意): when it was recorded and where the record is. */
public record FamilyConsent(LocalDate recordedOn, String reference) {
}
