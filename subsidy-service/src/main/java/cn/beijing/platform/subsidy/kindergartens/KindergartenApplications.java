package cn.beijing.platform.subsidy.kindergartens;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.subsidy.access.Callers;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationAssessment;
import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationSubmission;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ChecklistDecision;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenApplication;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenApplicationProcess;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility.EligibilityDecision;
import cn.beijing.platform.subsidy.policy.kindergarten.PaymentStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.StepDecision;
import cn.beijing.platform.subsidy.store.ApplicationStore;
import cn.beijing.platform.subsidy.store.PaymentStore;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Kindergarten subsidy applications (京技管发〔2024〕30号 第九条–第十四条): every step loads the application (row
 * locked) and what the step reads, lets {@link KindergartenApplicationProcess} decide, and writes the next state — all
 * in the caller's transaction. A refused step writes nothing and fails with {@link RuleViolationException} (409 with
 * each gate's code and basis). No rule lives here.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class KindergartenApplications {

    private final ApplicationStore store;
    private final PaymentStore payments;
    private final Kindergartens kindergartens;
    private final KindergartenApplicationProcess process;
    private final Clock clock;

    public record PaymentSummary(UUID id, LocalDate scheduledOn, BigDecimal amount, PaymentStatus status) {
    }

    /** An application as the applicant and the officers see it, with every stored decision. */
    public record ApplicationView(UUID id, UUID kindergartenId, int year, List<SubsidyKind> kinds,
                                  List<ApplicationDocument> documents, LocalDate appliedOn, ApplicationStatus status,
                                  Boolean eligible, BigDecimal amount, List<Failure> failures,
                                  ChecklistDecision checklist, EligibilityDecision eligibility,
                                  ApplicationAssessment assessment, LocalDate reviewedOn, LocalDate decidedOn,
                                  String decisionReason, UUID noticeId, PaymentSummary payment) {
    }

    /** 第十一条, 第十三条: the applicant submits for a kindergarten of its organisation. */
    public Mono<ApplicationView> submit(CurrentUser user, ApplicationSubmission submission) {
        LocalDate today = today();
        return kindergartens.owned(user, submission.kindergartenId())
                .flatMap(k -> store.openFor(k.id(), submission.year())
                        .map(yearTaken -> process.submit(UUID.randomUUID(), user.agency(), submission, k.status(),
                                yearTaken, today)))
                .flatMap(decision -> accepted(decision).flatMap(a -> store.insert(a).thenReturn(a)))
                .flatMap(this::view);
    }

    /** 第十三条 again, when the applicant completes the documents before the decision. */
    public Mono<ApplicationView> replaceDocuments(CurrentUser user, UUID id, Set<ApplicationDocument> documents) {
        return step(id, a -> {
            Callers.ensureOwner(user, a.organisationId(), "application " + id);
            return Mono.just(process.replaceDocuments(a, documents));
        });
    }

    /**
     * The officer's review: 第二条 and 第十二条 on the facts the education authority holds, and the amounts of
     * 第五条 (on the stored roster), 第六条 (with the lease conditions) and 第八条 (at the kindergarten's fee standard).
     */
    public Mono<ApplicationView> review(UUID id, KindergartenEligibility.Applicant facts, LocalDate reviewedOn) {
        LocalDate today = today();
        return step(id, a -> kindergartens.visibleRow(a.kindergartenId())
                .zipWith(kindergartens.policyChildren(a.kindergartenId()))
                .map(t -> process.review(a, facts, reviewedOn, today, t.getT1().monthlyFeeStandard(), t.getT2())));
    }

    /** Approve (every condition met) or reject. 第十四条: only approved applications go to the public notice. */
    public Mono<ApplicationView> decide(UUID id, boolean approve, LocalDate decidedOn, String reason) {
        LocalDate today = today();
        return step(id, a -> Mono.just(process.decide(a, approve, decidedOn, reason, today)));
    }

    public Mono<ApplicationView> get(CurrentUser user, UUID id) {
        return store.find(id).switchIfEmpty(Mono.error(notFound(id)))
                .doOnNext(a -> Callers.ensureVisible(user, a.organisationId(), "application " + id))
                .flatMap(this::view);
    }

    public Flux<ApplicationView> list(CurrentUser user, ApplicationStatus status) {
        return store.list(Callers.listedOrganisation(user), status).concatMap(this::view);
    }

    /** Load (locked) → decide → write: the next state replaces the loaded one only if its status did not change. */
    private Mono<ApplicationView> step(UUID id, Function<KindergartenApplication, Mono<StepDecision>> decide) {
        return store.lock(id).switchIfEmpty(Mono.error(notFound(id)))
                .flatMap(before -> decide.apply(before)
                        .flatMap(decision -> accepted(decision).flatMap(next -> write(next, before.status()))))
                .flatMap(this::view);
    }

    private Mono<KindergartenApplication> write(KindergartenApplication next, ApplicationStatus expected) {
        return store.update(next, expected).flatMap(n -> n == 0
                ? Mono.error(new ConflictException("the application changed meanwhile; read it again"))
                : Mono.just(next));
    }

    static Mono<KindergartenApplication> accepted(StepDecision decision) {
        return decision.accepted() ? Mono.just(decision.application())
                : Mono.error(new RuleViolationException(decision.refusals()));
    }

    Mono<ApplicationView> view(KindergartenApplication a) {
        return payments.byApplication(a.id())
                .map(p -> Optional.of(new PaymentSummary(p.id(), p.scheduledOn(), p.amount(), p.status())))
                .defaultIfEmpty(Optional.empty())
                .map(payment -> new ApplicationView(a.id(), a.kindergartenId(), a.year(), a.kindsInOrder(),
                        a.documentsInOrder(), a.appliedOn(), a.status(), a.eligible(), a.amount(), a.failures(),
                        a.checklist(), a.eligibility(), a.assessment(), a.reviewedOn(), a.decidedOn(),
                        a.decisionReason(), a.noticeId(), payment.orElse(null)));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("application " + id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
