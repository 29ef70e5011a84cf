package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/**
 * One accepted step of an assessment, past tense and immutable. The history of an assessment is only appended:
 * invalidation (第十八条) adds an event and never removes the report it invalidates.
 */
public sealed interface ProcessEvent extends PolicyDecision
        permits AssessmentOpened, WrittenNoticeGiven, TeamAssigned, VisitConducted, FindingsRecorded, ReportIssued,
        ProblemsNotified, ConclusionInvalidated, PoliceReported, AssistanceReferred {

    LocalDate date();

    @Override
    List<Basis> basis();
}
