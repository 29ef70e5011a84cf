package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One family guardianship capacity assessment as its history of accepted steps (first event: {@link AssessmentOpened}).
 * Immutable: {@link AssessmentProcess} returns a new Assessment with one more event.
 */
public record Assessment(List<ProcessEvent> history) {

    public Assessment {
        history = List.copyOf(history);
        if (history.isEmpty() || !(history.get(0) instanceof AssessmentOpened)) {
            throw new IllegalArgumentException("an assessment's history starts with AssessmentOpened");
        }
    }

    Assessment with(ProcessEvent event) {
        List<ProcessEvent> next = new ArrayList<>(history);
        next.add(event);
        return new Assessment(next);
    }

    public AssessmentOpened opening() {
        return (AssessmentOpened) history.get(0);
    }

    public LocalDate lastEventDate() {
        return history.get(history.size() - 1).date();
    }

    public Optional<WrittenNoticeGiven> writtenNotice() {
        return last(WrittenNoticeGiven.class);
    }

    public Optional<TeamAssigned> team() {
        return last(TeamAssigned.class);
    }

    public List<VisitConducted> visits() {
        return all(VisitConducted.class);
    }

    public Optional<FindingsRecorded> findings() {
        return last(FindingsRecorded.class);
    }

    public Optional<ReportIssued> report() {
        return last(ReportIssued.class);
    }

    public Optional<ProblemsNotified> problemsNotified() {
        return last(ProblemsNotified.class);
    }

    public Optional<ConclusionInvalidated> invalidation() {
        return last(ConclusionInvalidated.class);
    }

    public List<PoliceReported> policeReports() {
        return all(PoliceReported.class);
    }

    public List<AssistanceReferred> assistanceReferrals() {
        return all(AssistanceReferred.class);
    }

    public boolean invalidated() {
        return invalidation().isPresent();
    }

    /** The report exists and has not been invalidated. */
    public boolean conclusionValid() {
        return report().isPresent() && !invalidated();
    }

    /** The latest findings oblige a police report (第十四条) and none has been made since they were recorded. */
    public boolean policeReportDue() {
        int findingsIndex = -1;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i) instanceof FindingsRecorded f) {
                findingsIndex = f.policeReportRequired() ? i : -1;
            }
        }
        if (findingsIndex < 0) {
            return false;
        }
        return history.subList(findingsIndex, history.size()).stream().noneMatch(e -> e instanceof PoliceReported);
    }

    public AssessmentStage stage() {
        if (invalidated()) {
            return AssessmentStage.INVALIDATED;
        }
        if (problemsNotified().isPresent()) {
            return AssessmentStage.PROBLEMS_NOTIFIED;
        }
        if (report().isPresent()) {
            return AssessmentStage.REPORTED;
        }
        if (findings().isPresent()) {
            return AssessmentStage.FINDINGS_RECORDED;
        }
        if (!visits().isEmpty()) {
            return AssessmentStage.VISITED;
        }
        if (team().isPresent()) {
            return AssessmentStage.TEAM_ASSIGNED;
        }
        if (writtenNotice().isPresent()) {
            return AssessmentStage.NOTIFIED;
        }
        return AssessmentStage.OPENED;
    }

    private <E extends ProcessEvent> Optional<E> last(Class<E> type) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (type.isInstance(history.get(i))) {
                return Optional.of(type.cast(history.get(i)));
            }
        }
        return Optional.empty();
    }

    private <E extends ProcessEvent> List<E> all(Class<E> type) {
        return history.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
