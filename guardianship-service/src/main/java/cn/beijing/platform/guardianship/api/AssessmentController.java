package cn.beijing.platform.guardianship.api;

import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.idempotency.IdempotentCommands;
import cn.beijing.platform.common.openapi.CallableBy;
import cn.beijing.platform.guardianship.api.AssessmentRequests.AssistanceReferralRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.DatedStepRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.EntrustmentInput;
import cn.beijing.platform.guardianship.api.AssessmentRequests.FeeRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.FindingsRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.GuardianInput;
import cn.beijing.platform.guardianship.api.AssessmentRequests.InvalidationRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.OpenAssessmentRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.PoliceReferralRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.ReportRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.StepRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.TeamAssignmentRequest;
import cn.beijing.platform.guardianship.api.AssessmentRequests.TeamMemberInput;
import cn.beijing.platform.guardianship.api.AssessmentRequests.ThirdPartyAssessorInput;
import cn.beijing.platform.guardianship.api.AssessmentRequests.VisitRequest;
import cn.beijing.platform.guardianship.assessments.Access;
import cn.beijing.platform.guardianship.assessments.AccessAction;
import cn.beijing.platform.guardianship.assessments.AccessAction.Grant;
import cn.beijing.platform.guardianship.assessments.AssessmentAccess;
import cn.beijing.platform.guardianship.assessments.Assessments;
import cn.beijing.platform.guardianship.assessments.AuditOutcome;
import cn.beijing.platform.guardianship.assessments.CaseFile;
import cn.beijing.platform.guardianship.policy.assessment.AssistanceReferral;
import cn.beijing.platform.guardianship.policy.assessment.Entrustment;
import cn.beijing.platform.guardianship.policy.assessment.FamilyConsent;
import cn.beijing.platform.guardianship.policy.assessment.FeeCharge;
import cn.beijing.platform.guardianship.policy.assessment.Invalidation;
import cn.beijing.platform.guardianship.policy.assessment.OpenAssessment;
import cn.beijing.platform.guardianship.policy.assessment.PoliceReferral;
import cn.beijing.platform.guardianship.policy.assessment.ReportDraft;
import cn.beijing.platform.guardianship.policy.assessment.TeamAssignment;
import cn.beijing.platform.guardianship.policy.assessment.TeamMember;
import cn.beijing.platform.guardianship.policy.assessment.ThirdPartyAssessor;
import cn.beijing.platform.guardianship.policy.assessment.ThirdPartyOrganisation;
import cn.beijing.platform.guardianship.policy.assessment.Visit;
import cn.beijing.platform.guardianship.assessments.AuditTrails;
import cn.beijing.platform.guardianship.assessments.AuditTrails.AuditEntryView;
import cn.beijing.platform.guardianship.assessments.Assessments.AssessmentSummary;
import cn.beijing.platform.guardianship.assessments.AssessmentView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;

/**
 * The family guardianship capacity assessment workflow (京民儿福发〔2024〕103号 第四章). Every step is decided by
 * {@code AssessmentProcess}; this controller maps requests, admits the caller (404 for anyone who may not see the
 * assessment), runs the step in one transaction with its Idempotency-Key and writes the audit trail.
 */
@RestController
@RequestMapping("/api/guardianship/assessments")
@RequiredArgsConstructor
class AssessmentController {

    static final String REASON_HEADER = "X-Access-Reason";
    private static final int LIST_LIMIT = 200;

    private final Assessments assessments;
    private final AssessmentAccess access;
    private final AuditTrails trail;
    private final IdempotentCommands commands;
    private final TransactionalOperator tx;

    /** Opens an assessment for the caller's agency (its {@code agency} claim). */
    @Operation(summary = "Open a family guardianship capacity assessment (京民儿福发〔2024〕103号 第四条, 第五条)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('GUARDIANSHIP_SUPERVISOR')")
    Mono<ResponseEntity<AssessmentView>> open(@Valid @RequestBody OpenAssessmentRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return access.caller().flatMap(user -> {
            String agency = user.requireAgency();
            LocalDate date = stepDate(request.date());
            OpenAssessment command = new OpenAssessment(date, request.trigger(), request.agency(), request.minorSex(),
                    request.minorBirthDate());
            return commands.run(key, "POST /api/guardianship/assessments by " + user.subject(), request,
                    AssessmentView.class,
                    () -> assessments.open(user, command,
                                    request.guardians().stream().map(GuardianInput::relationship).toList(),
                                    request.householdSubDistrictCode())
                            .flatMap(file -> access.audit(new Access(user, file.id(), agency,
                                            Grant.SUPERVISOR), AccessAction.OPEN, reason, AuditOutcome.DONE)
                                    .thenReturn(ResponseEntity.status(HttpStatus.CREATED).body(AssessmentView.of(file)))));
        });
    }

    /** Supervisors: their agency's assessments; assessors: those of the teams they are on. No personal data. */
    @Operation(summary = "The caller's assessments, without personal data (京民儿福发〔2024〕103号 第十五条)")
    @GetMapping
    @PreAuthorize("hasAnyRole('GUARDIANSHIP_SUPERVISOR','GUARDIANSHIP_ASSESSOR')")
    Mono<List<AssessmentSummary>> list(@RequestParam(name = "limit", defaultValue = "50") int limit,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        if (limit < 1 || limit > LIST_LIMIT) {
            return Mono.error(new InvalidInputException("limit", "must be between 1 and " + LIST_LIMIT));
        }
        return access.caller().flatMap(user -> {
            // a supervisor lists its agency's assessments: without an agency claim it sees nothing (403)
            boolean supervisor = user.hasRole(AssessmentAccess.SUPERVISOR);
            Access listing = new Access(user, null, supervisor ? user.requireAgency() : null,
                    supervisor ? Grant.SUPERVISOR : Grant.ASSESSOR);
            return access.audit(listing, AccessAction.LIST, reason, AuditOutcome.DONE)
                    .then(assessments.list(user, supervisor, limit).collectList());
        });
    }

    /** The assessment. Supervisors give {@code X-Access-Reason}; the read is audited. */
    @CallableBy({ "GUARDIANSHIP_SUPERVISOR", "GUARDIANSHIP_ASSESSOR" })
    @Operation(summary = "An assessment; supervisors give a reason and every read is audited (京民儿福发〔2024〕103号 第十五条)")
    @GetMapping("/{id}")
    Mono<AssessmentView> read(@PathVariable UUID id, @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return access.admit(id, AccessAction.READ, reason).flatMap(granted -> tx.transactional(
                access.audit(granted, AccessAction.READ, reason, AuditOutcome.DONE)
                        .then(assessments.read(id)).map(AssessmentView::of)));
    }

    /** The audit trail of one assessment: supervisors of its agency only (the listing is itself audited first). */
    @CallableBy("GUARDIANSHIP_SUPERVISOR")
    @Operation(summary = "Who read or changed an assessment, when and why (京民儿福发〔2024〕103号 第十五条)")
    @GetMapping("/{id}/audit-trail")
    Mono<List<AuditEntryView>> auditTrail(@PathVariable UUID id,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return access.admit(id, AccessAction.READ_AUDIT_TRAIL, reason).flatMap(granted ->
                access.audit(granted, AccessAction.READ_AUDIT_TRAIL, reason, AuditOutcome.DONE)
                        .then(trail.forAssessment(id)));
    }

    /** 第十条: written notice to the assessed party. */
    @CallableBy({ "GUARDIANSHIP_SUPERVISOR", "GUARDIANSHIP_ASSESSOR" })
    @Operation(summary = "Give the assessed party written notice (京民儿福发〔2024〕103号 第十条)")
    @PostMapping("/{id}/written-notice")
    Mono<ResponseEntity<AssessmentView>> giveWrittenNotice(@PathVariable UUID id,
            @Valid @RequestBody DatedStepRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.GIVE_WRITTEN_NOTICE, "written-notice", reason, key, request,
                assessments::giveWrittenNotice);
    }

    /** 第六条/第七条: the agency's own team or an entrusted third party; replaces the previous team. */
    @CallableBy("GUARDIANSHIP_SUPERVISOR")
    @Operation(summary = "Assign the assessment team: self-organised or an entrusted third party (京民儿福发〔2024〕103号 第六条, 第七条)")
    @PostMapping("/{id}/team-assignments")
    Mono<ResponseEntity<AssessmentView>> assignTeam(@PathVariable UUID id,
            @Valid @RequestBody TeamAssignmentRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.ASSIGN_TEAM, "team-assignments", reason, key, request, (granted, date) -> {
            List<String> subjects = new ArrayList<>();
            List<TeamMember> members = null;
            if (request.members() != null) {
                members = new ArrayList<>();
                for (TeamMemberInput m : request.members()) {
                    members.add(new TeamMember(m.role(), m.conflictOfInterest()));
                    subjects.add(m.subject());
                }
            }
            Entrustment entrustment = null;
            String registration = null;
            EntrustmentInput e = request.entrustment();
            if (e != null) {
                List<ThirdPartyAssessor> assessors = new ArrayList<>();
                for (ThirdPartyAssessorInput a : e.assessors()) {
                    assessors.add(new ThirdPartyAssessor(a.qualificationFields(), a.physicallyAndMentallyHealthy(),
                            a.goodConduct(), a.unlawfulOrCriminalRecord(), a.relevantWorkExperience(),
                            a.interestInGuardian()));
                    subjects.add(a.subject());
                }
                entrustment = new Entrustment(e.writtenAgreementSigned(), e.entrustedMattersSpecified(),
                        new ThirdPartyOrganisation(e.organisation().type(), e.organisation().legallyRegistered(),
                                e.organisation().experiencedInMinorProtectionOrAssessment(),
                                e.organisation().interestInGuardian()),
                        assessors);
                registration = e.organisation().registrationNumber();
            }
            return assessments.assignTeam(granted, new TeamAssignment(date, request.mode(), members, entrustment),
                    subjects, registration);
        });
    }

    /** 第十条/第十一条: an on-site visit. */
    @CallableBy("GUARDIANSHIP_ASSESSOR")
    @Operation(summary = "Record the on-site visit (京民儿福发〔2024〕103号 第九条, 第十一条)")
    @PostMapping("/{id}/visits")
    Mono<ResponseEntity<AssessmentView>> recordVisit(@PathVariable UUID id, @Valid @RequestBody VisitRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.RECORD_VISIT, "visits", reason, key, request,
                (granted, date) -> assessments.recordVisit(granted, new Visit(date,
                        request.assessors().stream().map(CalculatorController::assessor).toList(),
                        request.recordingReference(), request.minorViewsRecorded())));
    }

    /** 第九条, 附件, 第十四条: findings per indicator; grounds that oblige a police report make the referral at once. */
    @CallableBy("GUARDIANSHIP_ASSESSOR")
    @Operation(summary = "Record the findings per indicator; grounds for a police report refer at once (京民儿福发〔2024〕103号 第九条, 附件, 第十四条)")
    @PostMapping("/{id}/findings")
    Mono<ResponseEntity<AssessmentView>> recordFindings(@PathVariable UUID id, @Valid @RequestBody FindingsRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.RECORD_FINDINGS, "findings", reason, key, request,
                (granted, date) -> assessments.recordFindings(granted, date,
                        request.findings().stream().map(f -> new Assessments.Finding(f.indicatorCode(), f.adverse(),
                                f.evidenceNote())).toList(),
                        request.policeReportGrounds() == null ? null : request.policeReportGrounds().toPolicy()));
    }

    /** 第十四条: report to public security (published as guardianship.police-referral.v1). */
    @CallableBy({ "GUARDIANSHIP_SUPERVISOR", "GUARDIANSHIP_ASSESSOR" })
    @Operation(summary = "Report to public security (京民儿福发〔2024〕103号 第十四条)")
    @PostMapping("/{id}/police-referrals")
    Mono<ResponseEntity<AssessmentView>> referToPolice(@PathVariable UUID id,
            @Valid @RequestBody PoliceReferralRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.REFER_TO_POLICE, "police-referrals", reason, key, request,
                (granted, date) -> assessments.reportToPolice(granted,
                        new PoliceReferral(date, request.grounds().toPolicy())));
    }

    /** 第十二条: the report with its three conclusions and recommendations. */
    @CallableBy({ "GUARDIANSHIP_SUPERVISOR", "GUARDIANSHIP_ASSESSOR" })
    @Operation(summary = "Issue the assessment report with its three conclusions (京民儿福发〔2024〕103号 第十二条)")
    @PostMapping("/{id}/report")
    Mono<ResponseEntity<AssessmentView>> issueReport(@PathVariable UUID id, @Valid @RequestBody ReportRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.ISSUE_REPORT, "report", reason, key, request,
                (granted, date) -> assessments.issueReport(granted, new ReportDraft(date,
                        request.dutyProperlyFulfilled(), request.hasGuardianshipCapacity(), request.riskConclusion(),
                        request.recommendations(), request.reasonForDifferingRiskConclusion())));
    }

    /** 第十三条: problems and recommendations notified in writing. */
    @CallableBy({ "GUARDIANSHIP_SUPERVISOR", "GUARDIANSHIP_ASSESSOR" })
    @Operation(summary = "Notify the problems found and the recommendations in writing (京民儿福发〔2024〕103号 第十三条)")
    @PostMapping("/{id}/problems-notice")
    Mono<ResponseEntity<AssessmentView>> notifyProblems(@PathVariable UUID id,
            @Valid @RequestBody DatedStepRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.NOTIFY_PROBLEMS, "problems-notice", reason, key, request,
                assessments::notifyProblems);
    }

    /** 第十六条: no fee may be charged to the assessed party — always refused (409 FEE_NOT_PERMITTED). */
    @CallableBy({ "GUARDIANSHIP_SUPERVISOR", "GUARDIANSHIP_ASSESSOR" })
    @Operation(summary = "A fee for the assessment: always refused (京民儿福发〔2024〕103号 第十六条)")
    @PostMapping("/{id}/fees")
    Mono<ResponseEntity<AssessmentView>> chargeFee(@PathVariable UUID id, @Valid @RequestBody FeeRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.CHARGE_FEE, "fees", reason, key, request,
                (granted, date) -> assessments.chargeFee(granted, new FeeCharge(date, request.amount())));
    }

    /** 京民社救发〔2024〕111号 二(二)4: assistance referral, only with the family's recorded consent. */
    @CallableBy({ "GUARDIANSHIP_SUPERVISOR", "GUARDIANSHIP_ASSESSOR" })
    @Operation(summary = "Refer the household for assistance, with its recorded consent (京民社救发〔2024〕111号 二(二)4)")
    @PostMapping("/{id}/assistance-referrals")
    Mono<ResponseEntity<AssessmentView>> referForAssistance(@PathVariable UUID id,
            @Valid @RequestBody AssistanceReferralRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.REFER_FOR_ASSISTANCE, "assistance-referrals", reason, key, request,
                (granted, date) -> assessments.referForAssistance(granted, new AssistanceReferral(date,
                        request.kind(), request.householdSituation(), request.consent() == null ? null
                                : new FamilyConsent(request.consent().recordedOn(), request.consent().reference())),
                        request.need()));
    }

    /** 第十八条: the conclusion is invalid; history kept; published as guardianship.conclusion-invalidated.v1. */
    @CallableBy("GUARDIANSHIP_SUPERVISOR")
    @Operation(summary = "Invalidate the assessment's conclusion, keeping its history (京民儿福发〔2024〕103号 第十八条)")
    @PostMapping("/{id}/invalidation")
    Mono<ResponseEntity<AssessmentView>> invalidate(@PathVariable UUID id, @Valid @RequestBody InvalidationRequest request,
            @RequestHeader(name = IdempotentCommands.HEADER, required = false) String key,
            @RequestHeader(name = REASON_HEADER, required = false) String reason) {
        return command(id, AccessAction.INVALIDATE, "invalidation", reason, key, request,
                (granted, date) -> assessments.invalidate(granted,
                        new Invalidation(date, request.ground(), request.statement())));
    }

    /**
     * Admits the caller (denials audited), then runs the step on its date ({@link #stepDate}) and its audit row in one
     * transaction with the Idempotency-Key; a step that fails is rolled back and its attempt audited on its own.
     */
    private Mono<ResponseEntity<AssessmentView>> command(UUID id, AccessAction action, String path, String reason,
            String key, StepRequest request, BiFunction<Access, LocalDate, Mono<CaseFile>> step) {
        return access.admit(id, action, reason).flatMap(granted -> tx.transactional(
                        commands.run(key, "POST /api/guardianship/assessments/" + id + "/" + path + " by "
                                        + granted.user().subject(), request, AssessmentView.class,
                                () -> Mono.defer(() -> step.apply(granted, stepDate(request.date())))
                                        .map(file -> ResponseEntity.ok(AssessmentView.of(file))))
                                .flatMap(response -> access.audit(granted, action, reason, AuditOutcome.DONE)
                                        .thenReturn(response)))
                .onErrorResume(error -> access.audit(granted, action, reason, AuditOutcome.of(error))
                        .then(Mono.error(error))));
    }

    /** The date of a step: today when not given, never in the future. */
    private LocalDate stepDate(LocalDate requested) {
        LocalDate today = assessments.today();
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw new InvalidInputException("date", "must not be in the future");
        }
        return requested;
    }
}
