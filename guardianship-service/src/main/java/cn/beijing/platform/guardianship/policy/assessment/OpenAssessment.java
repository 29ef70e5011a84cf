package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;

/** Open an assessment: who decided it, on which occasion (第四条), about which minor. */
public record OpenAssessment(LocalDate date, AssessmentTrigger trigger, AssessingAgency agency, Sex minorSex, LocalDate minorBirthDate) {
}
