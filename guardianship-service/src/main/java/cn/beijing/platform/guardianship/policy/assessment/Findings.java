package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The findings of the assessment: the assessment points (附件 codes) found adverse, and whether anything found may
 * oblige a police report (第十四条). {@code policeReportGrounds} may be null for "nothing of the kind".
 */
public record Findings(LocalDate date, List<String> adverseFindings, PoliceReportGrounds policeReportGrounds) {
}
