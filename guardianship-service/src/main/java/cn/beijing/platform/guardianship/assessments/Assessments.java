package cn.beijing.platform.guardianship.assessments;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.guardianship.events.AssessmentConclusionInvalidated;
import cn.beijing.platform.guardianship.events.AssistanceNeed;
import cn.beijing.platform.guardianship.events.AssistanceReferralMade;
import cn.beijing.platform.guardianship.events.GuardianshipEvents;
import cn.beijing.platform.guardianship.events.PoliceReferralCategory;
import cn.beijing.platform.guardianship.events.PoliceReferralMade;
import cn.beijing.platform.guardianship.policy.assessment.Assessment;
import cn.beijing.platform.guardianship.policy.assessment.AssessmentOpened;
import cn.beijing.platform.guardianship.policy.assessment.AssessmentProcess;
import cn.beijing.platform.guardianship.policy.assessment.AssistanceReferral;
import cn.beijing.platform.guardianship.policy.assessment.AssistanceReferred;
import cn.beijing.platform.guardianship.policy.assessment.ConclusionInvalidated;
import cn.beijing.platform.guardianship.policy.assessment.FeeCharge;
import cn.beijing.platform.guardianship.policy.assessment.Findings;
import cn.beijing.platform.guardianship.policy.assessment.FindingsRecorded;
import cn.beijing.platform.guardianship.policy.assessment.GuardianshipRisk;
import cn.beijing.platform.guardianship.policy.assessment.IndicatorCatalogue;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.guardianship.policy.assessment.Invalidation;
import cn.beijing.platform.guardianship.policy.assessment.OpenAssessment;
import cn.beijing.platform.guardianship.policy.assessment.PoliceReferral;
import cn.beijing.platform.guardianship.policy.assessment.PoliceReportGrounds;
import cn.beijing.platform.guardianship.policy.assessment.PoliceReported;
import cn.beijing.platform.guardianship.policy.assessment.ProcessEvent;
import cn.beijing.platform.guardianship.policy.assessment.ReportDraft;
import cn.beijing.platform.guardianship.policy.assessment.StepDecision;
import cn.beijing.platform.guardianship.policy.assessment.TeamAssignment;
import cn.beijing.platform.guardianship.policy.assessment.Visit;
import cn.beijing.platform.guardianship.store.AssessmentRecord;
import cn.beijing.platform.guardianship.store.AssessmentStore;
import cn.beijing.platform.guardianship.store.EventAnnotations;
import cn.beijing.platform.guardianship.store.EventAnnotations.FindingNote;
import cn.beijing.platform.guardianship.policy.assessment.GuardianRelationship;
import cn.beijing.platform.guardianship.store.StoredEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The assessment workflow: every step loads the assessment's history (row locked), lets {@link AssessmentProcess}
 * decide, appends the accepted event and writes the integration events to the outbox — all in the caller's
 * transaction. A refused step writes nothing and fails with {@link RuleViolationException}. No rule lives here.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Assessments {

    private final AssessmentProcess process;
    private final GuardianshipRisk risk;
    private final AssessmentStore store;
    private final OutboxWriter outbox;
    private final Clock clock;

    /** Today in Asia/Shanghai: the default date of a step. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * 第四条/第五条: opens an assessment for the caller's agency. The household gets a pseudonymous reference, the only
     * household identifier that ever leaves the service (in assistance referrals).
     */
    public Mono<CaseFile> open(CurrentUser user, OpenAssessment command, List<GuardianRelationship> guardians,
                               String subDistrictCode) {
        return Mono.defer(() -> {
            StepDecision decision = PolicyInputException.renaming("decisionDate", "date", () -> process.open(command));
            AssessmentOpened opened = (AssessmentOpened) decision.event().orElseThrow();
            UUID id = UUID.randomUUID();
            AssessmentRecord row = new AssessmentRecord(id, user.agency(), opened.agency().name(), opened.trigger().name(),
                    opened.mandatory(), opened.date(), "HH-" + UUID.randomUUID(), subDistrictCode,
                    decision.assessment().stage().name(), 0);
            OffsetDateTime now = now();
            CaseFile empty = new CaseFile(row, List.of(), decision.assessment());
            return store.insert(row, user.subject(), now)
                    .then(append(empty, decision, EventAnnotations.opening(guardians), user.subject()));
        });
    }

    public Mono<CaseFile> read(UUID id) {
        return store.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException("assessment")))
                .flatMap(this::withHistory);
    }

    /** A listing row: no personal data of the minor or the household. */
    public record AssessmentSummary(UUID id, String agencyId, String agency, String trigger, boolean mandatory,
                                    String stage, LocalDate openedOn) {

        static AssessmentSummary of(AssessmentRecord row) {
            return new AssessmentSummary(row.id(), row.agencyId(), row.agencyType(), row.trigger(), row.mandatory(),
                    row.stage(), row.openedOn());
        }
    }

    /** One assessment point examined: its code, whether it is adverse, and the assessors' evidence note. */
    public record Finding(String indicatorCode, boolean adverse, String evidenceNote) {
    }

    public Flux<AssessmentSummary> list(CurrentUser user, boolean supervisor, int limit) {
        return (supervisor ? store.listForAgency(user.agency(), limit) : store.listForAssessor(user.subject(), limit))
                .map(AssessmentSummary::of);
    }

    /** 第十条. */
    public Mono<CaseFile> giveWrittenNotice(Access access, LocalDate date) {
        return step(access, file -> process.giveWrittenNotice(file.assessment(), date), EventAnnotations.none());
    }

    /** 第六条/第七条; the named subjects become the assessors who may see the assessment. */
    public Mono<CaseFile> assignTeam(Access access, TeamAssignment assignment, List<String> assessorSubjects,
                                     String organisationRegistration) {
        return step(access, file -> process.assignTeam(file.assessment(), assignment),
                EventAnnotations.team(assessorSubjects, organisationRegistration))
                .flatMap(file -> store.replaceAssignees(file.record().id(), assessorSubjects).thenReturn(file));
    }

    /** 第十条/第十一条. */
    public Mono<CaseFile> recordVisit(Access access, Visit visit) {
        return step(access, file -> process.recordVisit(file.assessment(), visit), EventAnnotations.none());
    }

    /**
     * 第九条, 附件: findings per indicator with evidence notes. When the assessors record grounds that oblige a report
     * to public security (第十四条), the referral is made at once, in the same transaction.
     *
     * @param notes every assessment point examined; the adverse ones are the findings the risk is computed from
     */
    public Mono<CaseFile> recordFindings(Access access, LocalDate date, List<Finding> findings,
                                         PoliceReportGrounds grounds) {
        List<FindingNote> notes = findings.stream()
                .map(f -> new FindingNote(f.indicatorCode(), f.adverse(), f.evidenceNote())).toList();
        return Mono.defer(() -> {
            checkIndicatorCodes(date, notes);
            List<String> adverse = notes.stream().filter(FindingNote::adverse).map(FindingNote::indicatorCode).toList();
            return step(access, file -> process.recordFindings(file.assessment(), new Findings(date, adverse, grounds)),
                    EventAnnotations.findings(notes))
                    .flatMap(file -> file.assessment().policeReportDue()
                            ? referToPolice(access, file, new PoliceReferral(date, grounds))
                            : Mono.just(file));
        });
    }

    /** 第十四条: a report to public security, published at once. */
    public Mono<CaseFile> reportToPolice(Access access, PoliceReferral referral) {
        return lockAndRead(access.assessmentId()).flatMap(file -> referToPolice(access, file, referral));
    }

    /** 第十二条. */
    public Mono<CaseFile> issueReport(Access access, ReportDraft draft) {
        return step(access, file -> process.issueReport(file.assessment(), draft), EventAnnotations.none());
    }

    /** 第十三条. */
    public Mono<CaseFile> notifyProblems(Access access, LocalDate date) {
        return step(access, file -> process.notifyProblems(file.assessment(), date), EventAnnotations.none());
    }

    /** 第十六条: always refused. */
    public Mono<CaseFile> chargeFee(Access access, FeeCharge charge) {
        return step(access, file -> process.chargeFee(file.assessment(), charge), EventAnnotations.none());
    }

    /** 京民社救发〔2024〕111号 二(二)4: only with the family's recorded consent; published for subsidy-service. */
    public Mono<CaseFile> referForAssistance(Access access, AssistanceReferral referral, AssistanceNeed need) {
        UUID referralId = UUID.randomUUID();
        return step(access, file -> process.referForAssistance(file.assessment(), referral),
                EventAnnotations.assistanceReferral(referralId, need))
                .flatMap(file -> {
                    AssistanceReferred referred = (AssistanceReferred) last(file).event();
                    AssessmentRecord row = file.record();
                    return outbox.append(GuardianshipEvents.ASSISTANCE_REFERRAL, row.id().toString(),
                            new AssistanceReferralMade(referralId, row.id(), row.agencyId(), row.householdReference(),
                                    referred.kind(), referred.situation(), need,
                                    row.subDistrictCode().substring(0, 6), row.subDistrictCode(), referred.channel(),
                                    referred.consent() == null ? null : referred.consent().recordedOn(),
                                    referred.date(), referred.basis()))
                            .thenReturn(file);
                });
    }

    /** 第十八条: the conclusion is invalid; the history keeps the report; the change is published. */
    public Mono<CaseFile> invalidate(Access access, Invalidation invalidation) {
        return step(access, file -> process.invalidate(file.assessment(), invalidation), EventAnnotations.none())
                .flatMap(file -> {
                    ConclusionInvalidated invalidated = (ConclusionInvalidated) last(file).event();
                    List<UUID> referrals = file.history().stream()
                            .filter(e -> e.event() instanceof AssistanceReferred)
                            .map(e -> e.annotations().referralId()).toList();
                    AssessmentRecord row = file.record();
                    return outbox.append(GuardianshipEvents.CONCLUSION_INVALIDATED, row.id().toString(),
                            new AssessmentConclusionInvalidated(row.id(), row.agencyId(), invalidated.ground(),
                                    file.assessment().report().orElseThrow().date(), invalidated.date(), referrals,
                                    invalidated.basis()))
                            .thenReturn(file);
                });
    }

    private Mono<CaseFile> referToPolice(Access access, CaseFile file, PoliceReferral referral) {
        UUID referralId = UUID.randomUUID();
        StepDecision decision = accepted(() -> process.reportToPolice(file.assessment(), referral));
        PoliceReported reported = (PoliceReported) decision.event().orElseThrow();
        PoliceReferralCategory category = PoliceReferralCategory.of(reported.grounds());
        return append(file, decision, EventAnnotations.policeReferral(referralId, category), access.user().subject())
                .flatMap(next -> outbox.append(GuardianshipEvents.POLICE_REFERRAL, next.record().id().toString(),
                                new PoliceReferralMade(referralId, next.record().id(), next.record().agencyId(), category,
                                        reported.date(), reported.basis()))
                        .thenReturn(next));
    }

    private Mono<CaseFile> step(Access access, Function<CaseFile, StepDecision> decide, EventAnnotations annotations) {
        return lockAndRead(access.assessmentId()).flatMap(file ->
                append(file, accepted(() -> decide.apply(file)), annotations, access.user().subject()));
    }

    /** The process's decision on a step; refused, its refusals answer 409 (a {@link RuleViolationException}). */
    private static StepDecision accepted(Supplier<StepDecision> decide) {
        StepDecision decision = PolicyInputException.renaming("decisionDate", "date", decide);
        if (!decision.accepted()) {
            throw new RuleViolationException(decision.refusals());
        }
        return decision;
    }

    private Mono<CaseFile> lockAndRead(UUID id) {
        return store.lock(id).switchIfEmpty(Mono.error(() -> new NotFoundException("assessment")))
                .flatMap(this::withHistory);
    }

    private Mono<CaseFile> withHistory(AssessmentRecord row) {
        return store.history(row.id()).map(history -> new CaseFile(row, history,
                new Assessment(history.stream().map(StoredEvent::event).toList())));
    }

    private Mono<CaseFile> append(CaseFile file, StepDecision decision, EventAnnotations annotations, String by) {
        ProcessEvent event = decision.event().orElseThrow();
        Assessment next = decision.assessment();
        OffsetDateTime now = now();
        AssessmentRecord row = file.record();
        String stage = next.stage().name();
        return store.append(row.id(), row.lastSeq(), event, annotations, stage, by, now).then(Mono.fromSupplier(() -> {
            List<StoredEvent> history = new ArrayList<>(file.history());
            history.add(new StoredEvent(row.lastSeq() + 1, event, annotations, by, now));
            AssessmentRecord advanced = new AssessmentRecord(row.id(), row.agencyId(), row.agencyType(), row.trigger(),
                    row.mandatory(), row.openedOn(), row.householdReference(), row.subDistrictCode(), stage,
                    row.lastSeq() + 1);
            return new CaseFile(advanced, history, next);
        }));
    }

    /** Now, in UTC and to the microsecond, as PostgreSQL stores it (a stored and a fresh step read the same). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Every examined point must be a 附件 code in force on the date, once. */
    private void checkIndicatorCodes(LocalDate date, List<FindingNote> notes) {
        IndicatorCatalogue catalogue = risk.catalogue(date, "date");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < notes.size(); i++) {
            String field = "findings[" + i + "].indicatorCode";
            catalogue.point(notes.get(i).indicatorCode(), field);
            if (!seen.add(notes.get(i).indicatorCode())) {
                throw new InvalidInputException(field, "the same assessment point is listed twice");
            }
        }
    }

    private static StoredEvent last(CaseFile file) {
        return file.history().get(file.history().size() - 1);
    }
}
