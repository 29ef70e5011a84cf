package cn.beijing.platform.subsidy.kindergartens;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.policy.calendar.PeriodCounting;
import cn.beijing.platform.subsidy.access.Callers;
import cn.beijing.platform.subsidy.events.PaymentScheduled;
import cn.beijing.platform.subsidy.events.PublicNoticePublished;
import cn.beijing.platform.subsidy.events.SubsidyEvents;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.EnteredDay;
import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationAssessment;
import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenApplication;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenApplicationProcess;
import cn.beijing.platform.subsidy.policy.kindergarten.NoticeStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.ObjectionStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.PaymentStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.PublicNoticePeriod;
import cn.beijing.platform.subsidy.policy.kindergarten.ScheduledPayment;
import cn.beijing.platform.subsidy.store.ApplicationStore;
import cn.beijing.platform.subsidy.store.Jsonb;
import cn.beijing.platform.subsidy.store.KindergartenStore;
import cn.beijing.platform.subsidy.store.NoticeRecords.EntryRow;
import cn.beijing.platform.subsidy.store.NoticeRecords.ObjectionRow;
import cn.beijing.platform.subsidy.store.NoticeStore;
import cn.beijing.platform.subsidy.store.NoticeStore.NoticeRow;
import cn.beijing.platform.subsidy.store.PaymentStore;
import cn.beijing.platform.subsidy.store.PaymentStore.LineRow;
import cn.beijing.platform.subsidy.store.PaymentStore.PaymentRow;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 京技管发〔2024〕30号 第十四条: approved applications are published with the kindergarten's name, address, size, fee
 * items and standards, the policy, the standard and the amount, for at least 5 working days on the official calendar;
 * objections received during the window hold the payment of the application they concern; payment is scheduled on
 * the first working day after the window — and after the last objection against it was resolved. Each entry's step is
 * decided by {@link KindergartenApplicationProcess}: this class loads, lets it decide, and writes.
 * <p>The window is closed on demand ({@code POST .../notices/{id}/close}), evaluated with the injected clock: refused
 * while the window runs; and every night by {@code config.NoticeClosingJob}, which closes the notices whose window has passed
 * and that have no standing objection. Both take the notice's row lock and close it with the same code path, so a
 * notice is closed — and its payments scheduled — once.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PublicNotices {

    private final NoticeStore notices;
    private final ApplicationStore applications;
    private final KindergartenStore kindergartens;
    private final PaymentStore payments;
    private final PublicNoticePeriod period;
    private final KindergartenApplicationProcess process;
    private final OutboxWriter outbox;
    private final Jsonb jsonb;
    private final Clock clock;

    public enum ObjectionOutcome {
        /** The objector withdrew: the hold ends. */
        WITHDRAWN,
        /** Found groundless on review: the hold ends. */
        DISMISSED,
        /** Found well-founded: the application is not paid (对公示无异议的幼儿园 … 拨付). */
        UPHELD;

        ObjectionStatus status() {
            return switch (this) {
                case WITHDRAWN -> ObjectionStatus.WITHDRAWN;
                case DISMISSED -> ObjectionStatus.DISMISSED;
                case UPHELD -> ObjectionStatus.UPHELD;
            };
        }
    }

    /** One subsidy line as published: policy, standard and amount. */
    public record PublishedSubsidy(SubsidyKind kind, String policy, BigDecimal standard, String standardUnit,
                                   BigDecimal amount, LocalDate periodStart, LocalDate periodEnd) {
    }

    /** 第十四条: what the notice shows of one kindergarten. */
    public record NoticeEntry(UUID applicationId, UUID kindergartenId, String kindergartenName, String address,
                              int classes, int capacity, List<Kindergartens.FeeItem> feeItems, int year,
                              List<PublishedSubsidy> subsidies, BigDecimal amount,
                              ApplicationStatus applicationStatus) {
    }

    /** An objection as the officers see it (not shown on the public notice). */
    public record ObjectionView(UUID id, UUID applicationId, LocalDate receivedOn, String summary,
                                ObjectionStatus status, LocalDate resolvedOn) {
    }

    /**
     * @param counting how the working days are counted: {@code FROM_NEXT_DAY} (民法典 第二百零一条), or
     *                 {@code FROM_SAME_DAY} for a notice decided before the platform followed it
     */
    public record NoticeView(UUID id, LocalDate publishedOn, int workingDays, PeriodCounting counting,
                             LocalDate lastDay, LocalDate earliestPaymentDay, NoticeStatus status, LocalDate closedOn,
                             List<NoticeEntry> entries, List<ObjectionView> objections, List<Basis> basis) {
    }

    /** An application before and after a step. */
    private record Transition(KindergartenApplication before, KindergartenApplication next) {
    }

    public Mono<NoticeView> publish(CurrentUser user, List<UUID> applicationIds, LocalDate publishedOn,
                                    Integer workingDays) {
        LocalDate on = EnteredDay.orToday("publishedOn", publishedOn, today());
        Set<UUID> distinct = new HashSet<>();
        for (int i = 0; i < applicationIds.size(); i++) {
            if (!distinct.add(applicationIds.get(i))) {
                throw new InvalidInputException("applicationIds[" + i + "]", "appears twice");
            }
        }
        PublicNoticePeriod.NoticePeriodDecision decision = period.evaluate(on, workingDays);
        UUID noticeId = UUID.randomUUID();
        NoticeRow notice = new NoticeRow(noticeId, on, decision.workingDays(), decision.counting(),
                decision.lastDay(), decision.earliestPaymentDay(), NoticeStatus.OPEN, null,
                jsonb.write(decision.basis()), user.subject());
        return Flux.fromIterable(applicationIds).index()
                .concatMap(t -> applications.lock(t.getT2())
                        .switchIfEmpty(Mono.error(new InvalidInputException("applicationIds[" + t.getT1() + "]",
                                "no such application")))
                        .flatMap(a -> KindergartenApplications.accepted(process.publish(a, noticeId, on))
                                .map(next -> new Transition(a, next))))
                .collectList()
                .flatMap(steps -> notices.insert(notice)
                        .thenMany(Flux.fromIterable(steps).concatMap(step -> notices
                                .insertEntry(new EntryRow(noticeId, step.next().id(), step.next().amount()))
                                .then(write(step.next(), step.before()))))
                        .then(outbox.append(SubsidyEvents.PUBLIC_NOTICE_PUBLISHED, noticeId.toString(),
                                new PublicNoticePublished(noticeId, on, decision.workingDays(), decision.lastDay(),
                                        decision.earliestPaymentDay(), steps.stream().map(Transition::next)
                                        .map(a -> new PublicNoticePublished.Entry(a.id(), a.kindergartenId(),
                                                a.year(), a.kindsInOrder().stream().map(Enum::name).toList(),
                                                a.amount()))
                                        .toList(), decision.basis()))))
                .then(Mono.defer(() -> get(user, noticeId)));
    }

    public Mono<NoticeView> get(CurrentUser user, UUID id) {
        return notices.find(id).switchIfEmpty(Mono.error(notFound(id)))
                .flatMap(n -> view(n, Callers.officer(user)));
    }

    public Flux<NoticeView> list(CurrentUser user) {
        return notices.list().concatMap(n -> view(n, Callers.officer(user)));
    }

    /** An objection received from the public during the window (第十四条); it holds the payment of its application. */
    public Mono<ObjectionView> object(CurrentUser user, UUID noticeId, UUID applicationId, LocalDate receivedOn,
                                      String summary) {
        LocalDate on = EnteredDay.orToday("receivedOn", receivedOn, today());
        return notices.lock(noticeId).switchIfEmpty(Mono.error(notFound(noticeId)))
                .flatMap(n -> notices.entries(noticeId).map(EntryRow::applicationId).collectList().flatMap(ids -> {
                    if (!ids.contains(applicationId)) {
                        return Mono.error(new InvalidInputException("applicationId", "is not on this notice"));
                    }
                    if (on.isBefore(n.publishedOn()) || on.isAfter(n.lastDay()) || n.status() != NoticeStatus.OPEN) {
                        return Mono.error(new RuleViolationException("OBJECTION_OUTSIDE_NOTICE_PERIOD",
                                "objections are received from " + n.publishedOn() + " to " + n.lastDay(),
                                Basis.of(Documents.KINDERGARTEN, "第十四条")));
                    }
                    ObjectionRow row = new ObjectionRow(UUID.randomUUID(), noticeId, applicationId, on, summary,
                            ObjectionStatus.STANDING, null, user.subject());
                    return notices.insertObjection(row).thenReturn(objectionView(row));
                }));
    }

    /**
     * The objection is withdrawn, dismissed or upheld. After the window has been closed, the last resolution of an
     * application on hold decides it: upheld → not paid; otherwise the payment is scheduled now.
     */
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
                                    o.receivedOn(), o.summary(), outcome.status(), on, o.recordedBy());
                            Mono<Void> settle = n.status() == NoticeStatus.CLOSED
                                    ? applications.lock(o.applicationId())
                                            .filter(a -> a.status() == ApplicationStatus.PAYMENT_HELD)
                                            .flatMap(a -> settle(n, a, on)).then()
                                    : Mono.empty();
                            return notices.resolve(o.id(), outcome.status(), on).then(settle)
                                    .thenReturn(objectionView(resolved));
                        }));
    }

    /** Ends the window (evaluated today, with the injected clock) and settles every entry. */
    public Mono<NoticeView> close(CurrentUser user, UUID noticeId) {
        LocalDate today = today();
        return notices.lock(noticeId).switchIfEmpty(Mono.error(notFound(noticeId)))
                .flatMap(n -> {
                    if (n.status() != NoticeStatus.OPEN) {
                        return Mono.error(new ConflictException("the notice is already closed"));
                    }
                    if (!today.isAfter(n.lastDay())) {
                        return Mono.error(new RuleViolationException("NOTICE_PERIOD_RUNNING",
                                "the notice runs until " + n.lastDay() + "; it can be closed from "
                                        + n.earliestPaymentDay(), Basis.of(Documents.KINDERGARTEN, "第十四条")));
                    }
                    return closeWindow(n, today).then(Mono.defer(() -> get(user, noticeId)));
                });
    }

    /** Open notices whose window ended before {@code today} and that have no standing objection. */
    public Flux<UUID> dueForClosing(LocalDate today) {
        return notices.dueForClosing(today);
    }

    /**
     * The scheduled closing of one notice: under the notice's row lock, closes it only if it is still open, its window
     * ended before {@code today} and no objection against it stands; then settles every entry as {@link #close} does.
     * Emits whether this call closed it. Run it inside a transaction.
     */
    public Mono<Boolean> closeIfDue(UUID noticeId, LocalDate today) {
        return notices.lock(noticeId)
                .filter(n -> n.status() == NoticeStatus.OPEN && today.isAfter(n.lastDay()))
                .filterWhen(n -> notices.hasStandingObjection(n.id()).map(standing -> !standing))
                .flatMap(n -> closeWindow(n, today).thenReturn(true))
                .defaultIfEmpty(false);
    }

    /** Closes a locked, open notice whose window has ended and settles each entry still in notice. */
    private Mono<Void> closeWindow(NoticeRow n, LocalDate today) {
        NoticeRow closed = new NoticeRow(n.id(), n.publishedOn(), n.workingDays(), n.counting(), n.lastDay(),
                n.earliestPaymentDay(), NoticeStatus.CLOSED, today, n.basisJson(), n.publishedBy());
        return notices.close(n.id(), today)
                .flatMap(updated -> updated == 1 ? Mono.just(updated)
                        : Mono.error(new ConflictException("the notice is already closed")))
                .thenMany(notices.entries(n.id()))
                .concatMap(e -> applications.lock(e.applicationId())
                        .filter(a -> a.status() == ApplicationStatus.IN_NOTICE)
                        .flatMap(a -> settle(closed, a, today)))
                .then();
    }

    /**
     * One entry after the window, decided by {@link KindergartenApplicationProcess#settle}: held, refused, stopped, or
     * paid (the payment and its event written here).
     */
    private Mono<KindergartenApplication> settle(NoticeRow n, KindergartenApplication a, LocalDate settledOn) {
        Mono<List<KindergartenApplicationProcess.Objection>> objections = notices.objectionsOf(a.id())
                .map(o -> new KindergartenApplicationProcess.Objection(o.status(), o.resolvedOn())).collectList();
        return Mono.zip(objections, kindergartens.find(a.kindergartenId()))
                .map(t -> process.settle(a, noticeDecision(n), t.getT1(), t.getT2().status(), settledOn))
                .flatMap(decision -> KindergartenApplications.accepted(decision)
                        .flatMap(next -> (decision.payment() == null ? Mono.<Void>empty()
                                : pay(n, next, decision.payment())).then(write(next, a))));
    }

    /** The notice's period as it was decided (and stored): its dates, its counting, its basis. */
    private PublicNoticePeriod.NoticePeriodDecision noticeDecision(NoticeRow n) {
        return new PublicNoticePeriod.NoticePeriodDecision(n.publishedOn(), n.workingDays(), n.counting(),
                n.lastDay(), n.earliestPaymentDay(), List.of(jsonb.read(n.basisJson(), Basis[].class)));
    }

    private Mono<Void> pay(NoticeRow n, KindergartenApplication a, ScheduledPayment payment) {
        UUID paymentId = UUID.randomUUID();
        List<LineRow> rows = new ArrayList<>();
        List<PaymentScheduled.Line> eventLines = new ArrayList<>();
        for (int i = 0; i < payment.lines().size(); i++) {
            ApplicationAssessment.Line l = payment.lines().get(i);
            rows.add(new LineRow(paymentId, i + 1, l.kind().name(), l.periodStart(), l.periodEnd(), l.amount(),
                    l.article()));
            eventLines.add(new PaymentScheduled.Line(l.kind().name(), l.periodStart(), l.periodEnd(), l.amount(),
                    Documents.KINDERGARTEN + " " + l.article()));
        }
        PaymentRow row = new PaymentRow(paymentId, a.id(), a.kindergartenId(), n.id(), payment.scheduledOn(),
                payment.amount(), payment.status(), jsonb.write(payment.basis()));
        Mono<Void> event = payment.status() == PaymentStatus.WITHHELD ? Mono.empty()
                : outbox.append(SubsidyEvents.PAYMENT_SCHEDULED, a.id().toString(), new PaymentScheduled(paymentId,
                a.id(), a.kindergartenId(), n.id(), payment.scheduledOn(), payment.amount(), eventLines,
                payment.basis())).then();
        return payments.insert(row, rows).then(event);
    }

    /** Writes the next state unless the step left it as it was; refuses when the status changed meanwhile. */
    private Mono<KindergartenApplication> write(KindergartenApplication next, KindergartenApplication before) {
        if (next.equals(before)) {
            return Mono.just(next);
        }
        return applications.update(next, before.status()).flatMap(n -> n == 0
                ? Mono.error(new ConflictException("the application changed meanwhile")) : Mono.just(next));
    }

    private Mono<NoticeView> view(NoticeRow n, boolean officer) {
        Mono<List<NoticeEntry>> entries = notices.entries(n.id())
                .concatMap(e -> applications.find(e.applicationId()).flatMap(a -> kindergartens.find(a.kindergartenId())
                        .map(k -> new NoticeEntry(a.id(), k.id(), k.name(), k.address(), k.classes(), k.capacity(),
                                List.of(jsonb.read(k.feeItemsJson(), Kindergartens.FeeItem[].class)), a.year(),
                                published(a), e.amount(), a.status()))))
                .collectList();
        Mono<List<ObjectionView>> objections = officer
                ? notices.objections(n.id()).map(PublicNotices::objectionView).collectList()
                : Mono.just(List.of());
        return Mono.zip(entries, objections).map(t -> new NoticeView(n.id(), n.publishedOn(), n.workingDays(),
                n.counting(), n.lastDay(), n.earliestPaymentDay(), n.status(), n.closedOn(), t.getT1(),
                officer ? t.getT2() : null, List.of(jsonb.read(n.basisJson(), Basis[].class))));
    }

    private static List<PublishedSubsidy> published(KindergartenApplication a) {
        List<PublishedSubsidy> subsidies = new ArrayList<>();
        for (ApplicationAssessment.Line l : a.lines()) {
            subsidies.add(new PublishedSubsidy(l.kind(), Documents.KINDERGARTEN + " " + l.article(), l.standard(),
                    l.standardUnit(), l.amount(), l.periodStart(), l.periodEnd()));
        }
        return subsidies;
    }

    private static ObjectionView objectionView(ObjectionRow o) {
        return new ObjectionView(o.id(), o.applicationId(), o.receivedOn(), o.summary(), o.status(), o.resolvedOn());
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("notice " + id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
