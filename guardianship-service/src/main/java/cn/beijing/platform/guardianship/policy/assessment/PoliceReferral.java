package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;

/** A report to public security (第十四条) on the stated grounds. */
public record PoliceReferral(LocalDate date, PoliceReportGrounds grounds) {
}
