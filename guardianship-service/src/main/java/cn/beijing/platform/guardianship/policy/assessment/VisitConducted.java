package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/** An on-site visit by a compliant team, recorded and archived (第十一条). */
public record VisitConducted(LocalDate date, List<Assessor> assessors, String recordingReference, int minorAgeYears,
                             boolean minorInterviewRequired, boolean minorViewsRecorded, List<Basis> basis)
        implements ProcessEvent {
    public VisitConducted {
        assessors = List.copyOf(assessors);
        basis = List.copyOf(basis);
    }
}
