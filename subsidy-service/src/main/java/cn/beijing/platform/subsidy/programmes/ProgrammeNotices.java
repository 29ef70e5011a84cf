package cn.beijing.platform.subsidy.programmes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.calendar.PeriodCounting;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.subsidy.access.Callers;
import cn.beijing.platform.subsidy.events.ProgrammeNoticePublished;
import cn.beijing.platform.subsidy.events.SubsidyEvents;
import cn.beijing.platform.subsidy.policy.DisbursementTerms;
import cn.beijing.platform.subsidy.policy.EnteredDay;
import cn.beijing.platform.subsidy.policy.ProgrammeDisbursement;
import cn.beijing.platform.subsidy.policy.kindergarten.ObjectionStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod;
import cn.beijing.platform.subsidy.store.Jsonb;
import cn.beijing.platform.subsidy.store.NoticeRecords.EntryRow;
import cn.beijing.platform.subsidy.store.NoticeRecords.ObjectionRow;
import cn.beijing.platform.subsidy.store.ProgrammeNoticeStore;
import cn.beijing.platform.subsidy.store.ProgrammeNoticeStore.NoticeRow;
import cn.beijing.platform.subsidy.store.ProgrammeStore;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ProgrammeApplicationRow;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * [platform rule] The public notice of a programme's approved applications before payment (京技管发〔2024〕31号,
 * 33号: their disbursement terms ask for one; 16号's do not). The notice is counted, and a payment released, by the
 * rule of the same issuer's kindergarten notice ({@link PublicNoticePeriod}, 京技管发〔2024〕30号 第十四条), never
 * counted here; the programme's terms set its minimum. Objections received during the window hold the payment of the
 * application they concern; an upheld one means no payment; otherwise payment is scheduled on the first working day
 * after the window and after the last objection against it was resolved. A notice is closed on demand (409 while its
 * window runs) or every night by {@code config.NoticeClosingJob}, under the notice's row lock, once.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgrammeNotices {

    enum NoticeStatus { OPEN, CLOSED }

    public enum ObjectionOutcome {
        /** The objector withdrew: the hold ends. */
        WITHDRAWN,
        /** Found groundless: the hold ends. */
        DISMISSED,
        /** Found well-founded: the application is not paid. */
        UPHELD
    }

    public record EntryView(UUID applicationId, String applicantId, String projectId, int year,
                            BigDecimal amount, String applicationStatus) {
    }

    /** An objection as the officers see it (not shown on the public notice). */
    public record ObjectionView(UUID id, UUID applicationId, LocalDate receivedOn, String summary, String status,
                                LocalDate resolvedOn) {
    }

    /** @param counting where day 1 is: {@code FROM_NEXT_DAY}, the day after publication (民法典 第二百零一条) */
    public record NoticeView(UUID id, String programme, String document, LocalDate publishedOn, int workingDays,
                             PeriodCounting counting, LocalDate lastDay, LocalDate earliestPaymentDay, String status, LocalDate closedOn,
                             List<EntryView> entries, List<ObjectionView> objections, List<Basis> basis) {
    }

    private final ProgrammeNoticeStore notices;
    private final ProgrammeStore applications;
    private final ProgrammePayments payments;
    private final Disbursements disbursements;
    private final PublicNoticePeriod period;
    private final OutboxWriter outbox;
    private final Jsonb jsonb;
    private final Clock clock;

    /**
     * Publishes approved applications of one programme. 422: an application twice, unknown, approved after the
     * publication day, a period below the programme's minimum; 409: an application not approved, of a programme
     * without notice, or of another programme than the first.
     */
    public Mono<NoticeView> publish(CurrentUser user, List<UUID> applicationIds, LocalDate publishedOn,
                                    Integer workingDays) {
        LocalDate on = EnteredDay.orToday("publishedOn", publishedOn, today());
        Set<UUID> distinct = new HashSet<>();
        for (int i = 0; i < applicationIds.size(); i++) {
            if (!distinct.add(applicationIds.get(i))) {
                throw new InvalidInputException("applicationIds[" + i + "]", "appears twice");
            }
        }
        return Flux.fromIterable(applicationIds).index()
                .concatMap(t -> applications.lock(t.getT2())
                        .switchIfEmpty(Mono.error(new InvalidInputException("applicationIds[" + t.getT1() + "]",
                                "no such programme application"))))
                .collectList()
                .flatMap(listed -> {
                    Programme programme = Programme.valueOf(listed.get(0).programme());
                    ProgrammeDisbursement rule = disbursements.of(programme);
                    DisbursementTerms terms = rule.terms(on);
                    for (int i = 0; i < listed.size(); i++) {
                        check(listed.get(i), i, programme, rule, terms, on);
                    }
                    int days = workingDays != null ? workingDays : terms.publicNoticeWorkingDays();
                    if (days < terms.publicNoticeWorkingDays()) {
                        throw new InvalidInputException("workingDays", "a notice of " + programme.document()
                                + " lasts at least " + terms.publicNoticeWorkingDays() + " working days ("
                                + rule.basis(on).parameters() + ")");
                    }
                    PublicNoticePeriod.NoticePeriodDecision counted = period.evaluate(on, days);
                    List<Basis> basis = new ArrayList<>(List.of(rule.basis(on)));
                    basis.addAll(counted.basis());
                    UUID noticeId = UUID.randomUUID();
                    NoticeRow notice = new NoticeRow(noticeId, programme.name(), on, counted.workingDays(),
                            counted.counting(), counted.lastDay(), counted.earliestPaymentDay(), NoticeStatus.OPEN.name(), null,
                            jsonb.write(basis), user.subject());
                    List<ProgrammeNoticePublished.Entry> entries = listed.stream()
                            .map(a -> new ProgrammeNoticePublished.Entry(a.id(), a.organisationId(), year(a),
                                    a.approvedAmount()))
                            .toList();
                    return notices.insert(notice)
                            .thenMany(Flux.fromIterable(listed).concatMap(a -> notices
                                    .insertEntry(new EntryRow(noticeId, a.id(), a.approvedAmount()))
                                    .then(applications.putOnNotice(a.id(), noticeId, ProgrammeStatus.APPROVED.name(),
                                            ProgrammeStatus.IN_NOTICE.name()))))
                            .then(outbox.append(SubsidyEvents.PROGRAMME_NOTICE_PUBLISHED, noticeId.toString(),
                                    new ProgrammeNoticePublished(noticeId, programme.name(), on,
                                            counted.workingDays(), counted.lastDay(), counted.earliestPaymentDay(),
                                            entries, basis)))
                            .then(Mono.defer(() -> get(user, noticeId)));
                });
    }

    public Mono<NoticeView> get(CurrentUser user, UUID id) {
        return notices.find(id).switchIfEmpty(Mono.error(notFound(id))).flatMap(n -> view(n, Callers.officer(user)));
    }

    public Flux<NoticeView> list(CurrentUser user) {
        return notices.list().concatMap(n -> view(n, Callers.officer(user)));
    }

    /** An objection received during the window; it holds the payment of its application. */
    public Mono<ObjectionView> object(CurrentUser user, UUID noticeId, UUID applicationId, LocalDate receivedOn,
                                      String summary) {
        LocalDate on = EnteredDay.orToday("receivedOn", receivedOn, today());
        return notices.lock(noticeId).switchIfEmpty(Mono.error(notFound(noticeId)))
                .flatMap(n -> notices.entries(noticeId).map(EntryRow::applicationId).collectList().flatMap(ids -> {
                    if (!ids.contains(applicationId)) {
                        return Mono.error(new InvalidInputException("applicationId", "is not on this notice"));
                    }
                    if (on.isBefore(n.publishedOn()) || on.isAfter(n.lastDay())
                            || !NoticeStatus.OPEN.name().equals(n.status())) {
                        return Mono.error(new RuleViolationException("OBJECTION_OUTSIDE_NOTICE_PERIOD",
                                "objections are received from " + n.publishedOn() + " to " + n.lastDay(),
                                basis(n)));
                    }
                    ObjectionRow row = new ObjectionRow(UUID.randomUUID(), noticeId, applicationId, on, summary,
                            ObjectionStatus.STANDING, null, user.subject());
                    return notices.insertObjection(row).thenReturn(objectionView(row));
                }));
    }

    /** Resolves a standing objection; after the window, the last resolution settles an application on hold. */
    public Mono<ObjectionView> resolve(UUID noticeId, UUID objectionId, ObjectionOutcome outcome,
                                       LocalDate resolvedOn) {
        LocalDate on = EnteredDay.orToday("resolvedOn", resolvedOn, today());
        return notices.lock(noticeId).switchIfEmpty(Mono.error(notFound(noticeId)))
                .flatMap(n -> notices.objection(noticeId, objectionId)
                        .switchIfEmpty(Mono.error(new NotFoundException("objection " + objectionId)))
                        .flatMap(o -> {
                            if (o.status() != ObjectionStatus.STANDING) {
                                return Mono.error(new ConflictException("the objection is already " + o.status()));
                            }
                            if (on.isBefore(o.receivedOn())) {
                                return Mono.error(new InvalidInputException("resolvedOn", "is before the objection"));
                            }
                            ObjectionRow resolved = new ObjectionRow(o.id(), o.noticeId(), o.applicationId(),
                                    o.receivedOn(), o.summary(), status(outcome), on, o.recordedBy());
                            Mono<Void> settle = NoticeStatus.CLOSED.name().equals(n.status())
                                    ? applications.lock(o.applicationId())
                                            .filter(a -> ProgrammeStatus.PAYMENT_HELD.name().equals(a.status()))
                                            .flatMap(a -> settle(n, a, on)).then()
                                    : Mono.empty();
                            return notices.resolve(o.id(), status(outcome), on).then(settle)
                                    .thenReturn(objectionView(resolved));
                        }));
    }

    /** Ends the window (today, with the injected clock; 409 while it runs) and settles every entry. */
    public Mono<NoticeView> close(CurrentUser user, UUID noticeId) {
        LocalDate today = today();
        return notices.lock(noticeId).switchIfEmpty(Mono.error(notFound(noticeId)))
                .flatMap(n -> {
                    if (!NoticeStatus.OPEN.name().equals(n.status())) {
                        return Mono.error(new ConflictException("the notice is already closed"));
                    }
                    if (!today.isAfter(n.lastDay())) {
                        return Mono.error(new RuleViolationException("NOTICE_PERIOD_RUNNING", "the notice runs until "
                                + n.lastDay() + "; it closes from " + n.earliestPaymentDay(), basis(n)));
                    }
                    return closeWindow(n, today).then(Mono.defer(() -> get(user, noticeId)));
                });
    }

    /** Open notices whose window ended before {@code today} and that have no standing objection. */
    public Flux<UUID> dueForClosing(LocalDate today) {
        return notices.dueForClosing(today);
    }

    /** The scheduled closing of one notice under its row lock; emits whether this call closed it. */
    public Mono<Boolean> closeIfDue(UUID noticeId, LocalDate today) {
        return notices.lock(noticeId)
                .filter(n -> NoticeStatus.OPEN.name().equals(n.status()) && today.isAfter(n.lastDay()))
                .filterWhen(n -> notices.hasStandingObjection(n.id()).map(standing -> !standing))
                .flatMap(n -> closeWindow(n, today).thenReturn(true))
                .defaultIfEmpty(false);
    }

    private Mono<Void> closeWindow(NoticeRow n, LocalDate today) {
        NoticeRow closed = new NoticeRow(n.id(), n.programme(), n.publishedOn(), n.workingDays(), n.counting(),
                n.lastDay(),
                n.earliestPaymentDay(), NoticeStatus.CLOSED.name(), today, n.basisJson(), n.publishedBy());
        return notices.close(n.id(), today)
                .flatMap(updated -> updated == 1 ? Mono.just(updated)
                        : Mono.error(new ConflictException("the notice is already closed")))
                .thenMany(notices.entries(n.id()))
                .concatMap(e -> applications.lock(e.applicationId())
                        .filter(a -> ProgrammeStatus.IN_NOTICE.name().equals(a.status()))
                        .flatMap(a -> settle(closed, a, today)))
                .then();
    }

    /**
     * One entry after the window: a standing objection holds it, an upheld one refuses it; otherwise payment on the
     * first working day after the window and after the last resolution, not before {@code settledOn}
     * ({@link PublicNoticePeriod#paymentDay}).
     */
    private Mono<Void> settle(NoticeRow n, ProgrammeApplicationRow a, LocalDate settledOn) {
        return notices.objectionsOf(a.id()).collectList().flatMap(objections -> {
            if (objections.stream().anyMatch(o -> o.status() == ObjectionStatus.STANDING)) {
                return applications.transition(a.id(), a.status(), ProgrammeStatus.PAYMENT_HELD.name()).then();
            }
            if (objections.stream().anyMatch(o -> o.status() == ObjectionStatus.UPHELD)) {
                return applications.transition(a.id(), a.status(), ProgrammeStatus.OBJECTION_UPHELD.name()).then();
            }
            PublicNoticePeriod.NoticePeriodDecision notice = new PublicNoticePeriod.NoticePeriodDecision(n.publishedOn(),
                    n.workingDays(), n.counting(), n.lastDay(), n.earliestPaymentDay(), basis(n));
            LocalDate scheduledOn = period.paymentDay(notice,
                    objections.stream().map(ObjectionRow::resolvedOn).filter(Objects::nonNull).toList(), settledOn);
            PublicNoticePeriod.PaymentReleaseDecision release = period.paymentRelease(notice, scheduledOn, false);
            if (!release.payable()) {
                return Mono.error(new IllegalStateException("payment day " + scheduledOn + " is not payable: "
                        + release.block()));
            }
            return payments.schedule(a, a.status(), n.id(), scheduledOn, release.basis());
        });
    }

    private Mono<NoticeView> view(NoticeRow n, boolean officer) {
        Mono<List<EntryView>> entries = notices.entries(n.id())
                .concatMap(e -> applications.find(e.applicationId()).map(a -> new EntryView(a.id(),
                        a.organisationId(), a.projectId(), year(a), e.amount(), a.status())))
                .collectList();
        Mono<List<ObjectionView>> objections = officer
                ? notices.objections(n.id()).map(ProgrammeNotices::objectionView).collectList()
                : Mono.just(List.of());
        Programme programme = Programme.valueOf(n.programme());
        return Mono.zip(entries, objections).map(t -> new NoticeView(n.id(), n.programme(), programme.document(),
                n.publishedOn(), n.workingDays(), n.counting(), n.lastDay(), n.earliestPaymentDay(), n.status(),
                n.closedOn(), t.getT1(), officer ? t.getT2() : null, basis(n)));
    }

    private void check(ProgrammeApplicationRow a, int i, Programme programme, ProgrammeDisbursement rule,
                       DisbursementTerms terms, LocalDate on) {
        String field = "applicationIds[" + i + "]";
        Programme own = Programme.valueOf(a.programme());
        if (own != programme) {
            throw new RuleViolationException("ANOTHER_PROGRAMME", "a notice lists the approvals of one programme ("
                    + programme.document() + "); application " + a.id() + " is under " + own.document(),
                    rule.basis(on));
        }
        if (!terms.publicNoticeRequired()) {
            throw new RuleViolationException("NO_NOTICE_FOR_PROGRAMME", own.document() + " is paid without a public "
                    + "notice, on the first working day after the approval", rule.basis(on));
        }
        if (!ProgrammeStatus.APPROVED.name().equals(a.status())) {
            throw new RuleViolationException("APPLICATION_NOT_APPROVED", "application " + a.id() + " is "
                    + a.status() + "; only approved applications waiting for their notice are published",
                    rule.basis(on));
        }
        if (on.isBefore(a.decidedOn())) {
            throw new InvalidInputException("publishedOn", "is before the approval of " + field);
        }
    }

    private List<Basis> basis(NoticeRow n) {
        return List.of(jsonb.read(n.basisJson(), Basis[].class));
    }

    private static int year(ProgrammeApplicationRow a) {
        return a.supportYear() != null ? a.supportYear() : a.decidedOn().getYear();
    }

    private static ObjectionView objectionView(ObjectionRow o) {
        return new ObjectionView(o.id(), o.applicationId(), o.receivedOn(), o.summary(), o.status().name(),
                o.resolvedOn());
    }

    /** An outcome is the status it leaves the objection in. */
    private static ObjectionStatus status(ObjectionOutcome outcome) {
        return ObjectionStatus.valueOf(outcome.name());
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("programme notice " + id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
