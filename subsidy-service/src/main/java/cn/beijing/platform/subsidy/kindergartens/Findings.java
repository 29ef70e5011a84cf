package cn.beijing.platform.subsidy.kindergartens;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.subsidy.events.ClawbackOrdered;
import cn.beijing.platform.subsidy.events.PaymentScheduled;
import cn.beijing.platform.subsidy.events.SubsidyEvents;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import cn.beijing.platform.subsidy.policy.kindergarten.FindingOutcome;
import cn.beijing.platform.subsidy.policy.kindergarten.FindingStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenApplicationProcess;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.PaymentStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop.PaidKind;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop.PaidSubsidy;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop.RectificationStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.SubsidyStop.Recovery;
import cn.beijing.platform.subsidy.store.ApplicationStore;
import cn.beijing.platform.subsidy.store.FindingStore;
import cn.beijing.platform.subsidy.store.FindingStore.ClawbackRow;
import cn.beijing.platform.subsidy.store.FindingStore.FindingRow;
import cn.beijing.platform.subsidy.store.Jsonb;
import cn.beijing.platform.subsidy.store.KindergartenStore;
import cn.beijing.platform.subsidy.store.KindergartenStore.KindergartenRow;
import cn.beijing.platform.subsidy.store.PaymentStore;
import cn.beijing.platform.subsidy.store.PaymentStore.LineRow;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stops, suspensions, disqualification and clawback (京技管发〔2024〕30号 第十九条–第二十一条), evaluated with the
 * injected clock. A payment counts as paid from its scheduled day; a payment not yet paid is withheld while the
 * kindergarten is suspended and cancelled when it is disqualified or closed. Preschool aid (第八条) belongs to the
 * aided children and is not recovered by 第十九条 or 第二十一条 (it is part of the funds concerned of 第二十条).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Findings {

    private final FindingStore findings;
    private final KindergartenStore kindergartens;
    private final PaymentStore payments;
    private final ApplicationStore applications;
    private final SubsidyStop stop;
    private final WorkingDayCalendar calendar;
    private final OutboxWriter outbox;
    private final Jsonb jsonb;
    private final Clock clock;

    public enum Ground {
        /** 第十九条: closed (停办) or stripped of the inclusive status. */
        CLOSURE_OR_STATUS_LOSS,
        /** 第二十条: fraud, obtaining or misusing subsidy funds. */
        FINANCIAL_MISCONDUCT,
        /** 第二十一条: fees not charged as prescribed, special classes, collection beyond the permitted scope. */
        IMPROPER_FEES;

        String article() {
            return switch (this) {
                case CLOSURE_OR_STATUS_LOSS -> "第十九条";
                case FINANCIAL_MISCONDUCT -> "第二十条";
                case IMPROPER_FEES -> "第二十一条";
            };
        }
    }

    /**
     * @param eventOn               第十九条: the day of closure or loss of status
     * @param discoveredOn          第二十条, 第二十一条: the discovery day (suspension runs from it)
     * @param violationStartedOn    第二十一条: the established first day of the violation
     * @param rectificationDeadline 第二十条, 第二十一条: the time set for rectification
     * @param relatedFunds          第二十条: the funds concerned (default: everything paid to the kindergarten)
     */
    public record FindingCommand(Ground ground, LocalDate eventOn, LocalDate discoveredOn,
                                 LocalDate violationStartedOn, LocalDate rectificationDeadline,
                                 BigDecimal relatedFunds, boolean suspectedCrime) {
    }

    public record ClawbackView(UUID id, LocalDate orderedOn, BigDecimal amount, List<ClawbackOrdered.Recovery> recoveries,
                               List<Basis> basis) {
    }

    public record FindingView(UUID id, UUID kindergartenId, String ground, FindingStatus status,
                              FindingOutcome outcome,
                              LocalDate eventOn, LocalDate violationStartedOn, LocalDate rectificationDeadline,
                              LocalDate rectifiedOn, BigDecimal relatedFunds, boolean suspectedCrime,
                              BigDecimal recoveryTotal, LocalDate evaluatedOn,
                              @Schema(description = "The decision of the finding's ground (第十九条 closure, 第二十条"
                                      + " misconduct or 第二十一条 improper fees)", anyOf = {SubsidyStop.ClosureDecision.class,
                                      SubsidyStop.MisconductDecision.class, SubsidyStop.ImproperFeesDecision.class})
                              Decision decision,
                              ClawbackView clawback, KindergartenStatus kindergartenStatus) {
    }

    /** The part of a paid line that is recovered, with the payment it came from. */
    private record PaidLine(UUID paymentId, PaidSubsidy paid) {
    }

    public Mono<FindingView> record(CurrentUser user, UUID kindergartenId, FindingCommand c) {
        validate(c);
        LocalDate today = today();
        return kindergartens.lock(kindergartenId)
                .switchIfEmpty(Mono.error(new NotFoundException("kindergarten " + kindergartenId)))
                .flatMap(k -> {
                    if (k.status().ended()) {
                        return Mono.error(new RuleViolationException(List.of(
                                KindergartenApplicationProcess.kindergartenNotActive(k.status()))));
                    }
                    return paid(kindergartenId, today).flatMap(paid -> switch (c.ground()) {
                        case CLOSURE_OR_STATUS_LOSS -> closure(user, k, c, paid, today);
                        case FINANCIAL_MISCONDUCT -> misconduct(user, k, c, paid, today);
                        case IMPROPER_FEES -> improperFees(user, k, c, paid, today);
                    });
                });
    }

    /** Re-evaluates a pending finding today: rectified in time, still pending, or disqualified (第二十条, 第二十一条). */
    public Mono<FindingView> evaluate(UUID kindergartenId, UUID findingId, LocalDate rectifiedOn) {
        LocalDate today = today();
        if (rectifiedOn != null && rectifiedOn.isAfter(today)) {
            throw new InvalidInputException("rectifiedOn", "is in the future");
        }
        return kindergartens.lock(kindergartenId)
                .switchIfEmpty(Mono.error(new NotFoundException("kindergarten " + kindergartenId)))
                .flatMap(k -> findings.lock(kindergartenId, findingId)
                        .switchIfEmpty(Mono.error(new NotFoundException("finding " + findingId)))
                        .flatMap(f -> {
                            if (f.status() != FindingStatus.PENDING) {
                                return Mono.error(new ConflictException("the finding is already " + f.outcome()));
                            }
                            if (rectifiedOn != null && rectifiedOn.isBefore(f.eventOn())) {
                                return Mono.error(new InvalidInputException("rectifiedOn", "is before the discovery"));
                            }
                            return paid(kindergartenId, today).flatMap(paid -> reevaluate(k, f, rectifiedOn, paid,
                                    today));
                        }));
    }

    public Flux<FindingView> list(UUID kindergartenId) {
        return kindergartens.find(kindergartenId)
                .switchIfEmpty(Mono.error(new NotFoundException("kindergarten " + kindergartenId)))
                .flatMapMany(k -> findings.byKindergarten(kindergartenId).concatMap(f -> view(f, k.status())));
    }

    public Flux<ClawbackView> clawbacks(UUID kindergartenId) {
        return findings.clawbacks(kindergartenId).map(this::clawbackView);
    }

    private Mono<FindingView> closure(CurrentUser user, KindergartenRow k, FindingCommand c, List<PaidLine> paid,
                                      LocalDate today) {
        Map<PaidSubsidy, UUID> source = new IdentityHashMap<>();
        List<PaidSubsidy> recoverable = recoverable(paid, source);
        SubsidyStop.ClosureDecision decision = stop.onClosureOrStatusLoss(c.eventOn(), recoverable);
        FindingRow row = new FindingRow(UUID.randomUUID(), k.id(), c.ground().name(), c.eventOn(), null, null, null,
                null, false, FindingStatus.CONCLUDED, FindingOutcome.STOPPED, jsonb.write(decision), decision.recoveryTotal(), today,
                user.subject());
        return findings.insert(row)
                .then(end(k.id(), KindergartenStatus.CLOSED, today))
                .then(clawback(row, FindingOutcome.STOPPED, recoveries(decision.recoveries(), source), decision.recoveryTotal(),
                        decision.basis(), today))
                .then(Mono.defer(() -> view(row, KindergartenStatus.CLOSED)));
    }

    private Mono<FindingView> misconduct(CurrentUser user, KindergartenRow k, FindingCommand c, List<PaidLine> paid,
                                         LocalDate today) {
        BigDecimal related = c.relatedFunds() != null ? c.relatedFunds() : total(paid);
        SubsidyStop.MisconductDecision decision = stop.onFinancialMisconduct(c.discoveredOn(),
                c.rectificationDeadline(), null, related, c.suspectedCrime(), today);
        FindingRow row = new FindingRow(UUID.randomUUID(), k.id(), c.ground().name(), c.discoveredOn(), null,
                c.rectificationDeadline(), null, Money.yuan(related), c.suspectedCrime(),
                FindingStatus.of(decision.status()), FindingOutcome.of(decision.status()),
                jsonb.write(decision), decision.recoveryTotal(), today, user.subject());
        return findings.insert(row).then(afterMisconduct(row, decision.status(), decision.recoveryTotal(),
                related(row, decision.recoveryTotal()), decision.basis(), null, today));
    }

    private Mono<FindingView> improperFees(CurrentUser user, KindergartenRow k, FindingCommand c, List<PaidLine> paid,
                                           LocalDate today) {
        Map<PaidSubsidy, UUID> source = new IdentityHashMap<>();
        SubsidyStop.ImproperFeesDecision decision = stop.onImproperFees(c.violationStartedOn(), c.discoveredOn(),
                c.rectificationDeadline(), null, today, recoverable(paid, source));
        FindingRow row = new FindingRow(UUID.randomUUID(), k.id(), c.ground().name(), c.discoveredOn(),
                c.violationStartedOn(), c.rectificationDeadline(), null, null, false,
                FindingStatus.of(decision.status()), FindingOutcome.of(decision.status()),
                jsonb.write(decision), decision.recoveryTotal(), today, user.subject());
        return findings.insert(row).then(afterMisconduct(row, decision.status(), decision.recoveryTotal(),
                recoveries(decision.recoveries(), source), decision.basis(), null, today));
    }

    private Mono<FindingView> reevaluate(KindergartenRow k, FindingRow f, LocalDate rectifiedOn, List<PaidLine> paid,
                                         LocalDate today) {
        Ground ground = Ground.valueOf(f.ground());
        RectificationStatus status;
        BigDecimal recovery;
        List<ClawbackOrdered.Recovery> recoveries;
        List<Basis> basis;
        String decisionJson;
        if (ground == Ground.FINANCIAL_MISCONDUCT) {
            SubsidyStop.MisconductDecision d = stop.onFinancialMisconduct(f.eventOn(), f.rectificationDeadline(),
                    rectifiedOn, f.relatedFunds(), f.suspectedCrime(), today);
            status = d.status();
            recovery = d.recoveryTotal();
            recoveries = related(f, recovery);
            basis = d.basis();
            decisionJson = jsonb.write(d);
        } else {
            Map<PaidSubsidy, UUID> source = new IdentityHashMap<>();
            SubsidyStop.ImproperFeesDecision d = stop.onImproperFees(f.violationStartedOn(), f.eventOn(),
                    f.rectificationDeadline(), rectifiedOn, today, recoverable(paid, source));
            status = d.status();
            recovery = d.recoveryTotal();
            recoveries = recoveries(d.recoveries(), source);
            basis = d.basis();
            decisionJson = jsonb.write(d);
        }
        FindingStatus findingStatus = FindingStatus.of(status);
        FindingRow updated = new FindingRow(f.id(), f.kindergartenId(), f.ground(), f.eventOn(),
                f.violationStartedOn(), f.rectificationDeadline(), status == RectificationStatus.RECTIFIED_IN_TIME
                ? rectifiedOn : null, f.relatedFunds(), f.suspectedCrime(), findingStatus, FindingOutcome.of(status),
                decisionJson, recovery, today, f.recordedBy());
        return findings.update(f.id(), findingStatus, FindingOutcome.of(status), updated.rectifiedOn(), decisionJson, recovery,
                        today)
                .then(afterMisconduct(updated, status, recovery, recoveries, basis, rectifiedOn, today));
    }

    /**
     * Effects of 第二十条 / 第二十一条: pending → suspended (payments not yet paid are withheld); rectified in time →
     * payments resume after the rectification day (第二十一条 still recovers the violation period); not rectified in
     * time → disqualified, withheld payments cancelled, recovery ordered.
     */
    private Mono<FindingView> afterMisconduct(FindingRow f, RectificationStatus status, BigDecimal recovery,
                                              List<ClawbackOrdered.Recovery> recoveries, List<Basis> basis,
                                              LocalDate rectifiedOn, LocalDate today) {
        Mono<KindergartenStatus> effect = switch (status) {
            case PENDING -> suspend(f.kindergartenId(), today).thenReturn(KindergartenStatus.SUSPENDED);
            case RECTIFIED_IN_TIME -> resume(f.kindergartenId(), rectifiedOn, today)
                    .then(Ground.valueOf(f.ground()) == Ground.IMPROPER_FEES
                            ? clawback(f, FindingOutcome.of(status), recoveries, recovery, basis, today) : Mono.empty())
                    .thenReturn(KindergartenStatus.ACTIVE);
            case DISQUALIFIED -> end(f.kindergartenId(), KindergartenStatus.DISQUALIFIED, today)
                    .then(clawback(f, FindingOutcome.of(status), recoveries, recovery, basis, today))
                    .thenReturn(KindergartenStatus.DISQUALIFIED);
        };
        return effect.flatMap(kindergartenStatus -> view(f, kindergartenStatus));
    }

    /** Suspended from discovery: the kindergarten and every payment not yet paid. */
    private Mono<Void> suspend(UUID kindergartenId, LocalDate today) {
        return kindergartens.setStatus(kindergartenId, KindergartenStatus.SUSPENDED)
                .thenMany(payments.byKindergarten(kindergartenId))
                .filter(p -> p.status() == PaymentStatus.SCHEDULED && p.scheduledOn().isAfter(today))
                .concatMap(p -> payments.setStatus(p.id(), PaymentStatus.SCHEDULED, PaymentStatus.WITHHELD))
                .then();
    }

    /** Rectified in time ([platform rule]: the suspension ends on the rectification day): withheld payments resume. */
    private Mono<Void> resume(UUID kindergartenId, LocalDate rectifiedOn, LocalDate today) {
        LocalDate earliest = calendar.firstWorkingDayAfter(rectifiedOn.isAfter(today) ? rectifiedOn : today);
        return kindergartens.setStatus(kindergartenId, KindergartenStatus.ACTIVE)
                .thenMany(payments.byKindergarten(kindergartenId))
                .filter(p -> p.status() == PaymentStatus.WITHHELD)
                .concatMap(p -> {
                    LocalDate on = p.scheduledOn().isAfter(earliest) ? p.scheduledOn() : earliest;
                    return payments.resume(p.id(), on)
                            .then(payments.lines(p.id()).map(l -> new PaymentScheduled.Line(l.kind(), l.periodStart(),
                                    l.periodEnd(), l.amount(), Documents.KINDERGARTEN + " " + l.article())).collectList())
                            .flatMap(lines -> outbox.append(SubsidyEvents.PAYMENT_SCHEDULED,
                                    p.applicationId().toString(), new PaymentScheduled(p.id(), p.applicationId(),
                                            p.kindergartenId(), p.noticeId(), on, p.amount(), lines,
                                            List.of(jsonb.read(p.basisJson(), Basis[].class)))));
                })
                .then();
    }

    /** Disqualified or closed: no further payment, applications in flight stop. */
    private Mono<Void> end(UUID kindergartenId, KindergartenStatus status, LocalDate today) {
        return kindergartens.setStatus(kindergartenId, status)
                .thenMany(payments.byKindergarten(kindergartenId))
                .filter(p -> p.status() == PaymentStatus.WITHHELD
                        || (p.status() == PaymentStatus.SCHEDULED && p.scheduledOn().isAfter(today)))
                .concatMap(p -> payments.setStatus(p.id(), p.status(), PaymentStatus.CANCELLED))
                .then(applications.stopInFlight(kindergartenId))
                .then();
    }

    private Mono<Void> clawback(FindingRow f, FindingOutcome outcome, List<ClawbackOrdered.Recovery> recoveries,
                                BigDecimal amount, List<Basis> basis, LocalDate today) {
        if (amount.signum() <= 0) {
            return Mono.empty();
        }
        UUID id = UUID.randomUUID();
        ClawbackRow row = new ClawbackRow(id, f.id(), f.kindergartenId(), f.ground(), today, amount,
                jsonb.write(recoveries), jsonb.write(basis));
        return findings.insertClawback(row)
                .then(outbox.append(SubsidyEvents.CLAWBACK_ORDERED, f.kindergartenId().toString(),
                        new ClawbackOrdered(id, f.id(), f.kindergartenId(), f.ground(), outcome.name(), today, amount,
                                recoveries, basis)))
                .then();
    }

    /** Every line of the payments already paid (scheduled on or before today and not withheld or cancelled). */
    private Mono<List<PaidLine>> paid(UUID kindergartenId, LocalDate today) {
        return payments.byKindergarten(kindergartenId)
                .filter(p -> p.status() == PaymentStatus.SCHEDULED && !p.scheduledOn().isAfter(today))
                .concatMap(p -> payments.lines(p.id()).map(l -> new PaidLine(p.id(), paidSubsidy(l))))
                .collectList();
    }

    private static PaidSubsidy paidSubsidy(LineRow l) {
        PaidKind kind = switch (SubsidyKind.valueOf(l.kind())) {
            case PER_CHILD -> PaidKind.PER_CHILD;
            case RENT -> PaidKind.RENT;
            case PRESCHOOL_AID -> null;
        };
        return new PaidSubsidy(kind, l.periodStart(), l.periodEnd(), l.amount());
    }

    /** The per-child and rent lines (第十九条, 第二十一条 recover these), remembering the payment of each. */
    private static List<PaidSubsidy> recoverable(List<PaidLine> paid, Map<PaidSubsidy, UUID> source) {
        List<PaidSubsidy> result = new ArrayList<>();
        for (PaidLine line : paid) {
            if (line.paid().kind() != null) {
                result.add(line.paid());
                source.put(line.paid(), line.paymentId());
            }
        }
        return result;
    }

    private static List<ClawbackOrdered.Recovery> recoveries(List<Recovery> recoveries, Map<PaidSubsidy, UUID> source) {
        return recoveries.stream().map(r -> new ClawbackOrdered.Recovery(source.get(r.paid()), r.paid().kind().name(),
                r.from(), r.to(), r.amount())).toList();
    }

    private static List<ClawbackOrdered.Recovery> related(FindingRow f, BigDecimal amount) {
        return amount.signum() <= 0 ? List.of()
                : List.of(new ClawbackOrdered.Recovery(null, "RELATED_FUNDS", null, null, amount));
    }

    private static BigDecimal total(List<PaidLine> paid) {
        BigDecimal total = Money.ZERO;
        for (PaidLine line : paid) {
            total = total.add(line.paid().amount());
        }
        return total;
    }

    private Mono<FindingView> view(FindingRow f, KindergartenStatus kindergartenStatus) {
        return findings.clawbackOf(f.id()).map(this::clawbackView).map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty())
                .map(clawback -> new FindingView(f.id(), f.kindergartenId(), f.ground(), f.status(), f.outcome(),
                        f.eventOn(), f.violationStartedOn(), f.rectificationDeadline(), f.rectifiedOn(),
                        f.relatedFunds(), f.suspectedCrime(), f.recoveryTotal(), f.evaluatedOn(),
                        decision(f), clawback.orElse(null), kindergartenStatus));
    }

    /** The stored decision as the policy record its ground produced (第十九条, 第二十条 or 第二十一条). */
    private Decision decision(FindingRow f) {
        return switch (Ground.valueOf(f.ground())) {
            case CLOSURE_OR_STATUS_LOSS -> jsonb.read(f.decisionJson(), SubsidyStop.ClosureDecision.class);
            case FINANCIAL_MISCONDUCT -> jsonb.read(f.decisionJson(), SubsidyStop.MisconductDecision.class);
            case IMPROPER_FEES -> jsonb.read(f.decisionJson(), SubsidyStop.ImproperFeesDecision.class);
        };
    }

    private ClawbackView clawbackView(ClawbackRow c) {
        return new ClawbackView(c.id(), c.orderedOn(), c.amount(),
                List.of(jsonb.read(c.recoveriesJson(), ClawbackOrdered.Recovery[].class)),
                List.of(jsonb.read(c.basisJson(), Basis[].class)));
    }

    private void validate(FindingCommand c) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today();
        switch (c.ground()) {
            case CLOSURE_OR_STATUS_LOSS -> required(errors, "eventOn", c.eventOn(), today);
            case FINANCIAL_MISCONDUCT -> {
                required(errors, "discoveredOn", c.discoveredOn(), today);
                if (c.rectificationDeadline() == null) {
                    errors.add(new FieldError("rectificationDeadline", "is required"));
                }
                if (c.relatedFunds() != null && c.relatedFunds().signum() < 0) {
                    errors.add(new FieldError("relatedFunds", "must not be negative"));
                }
            }
            case IMPROPER_FEES -> {
                required(errors, "violationStartedOn", c.violationStartedOn(), today);
                required(errors, "discoveredOn", c.discoveredOn(), today);
                if (c.rectificationDeadline() == null) {
                    errors.add(new FieldError("rectificationDeadline", "is required"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void required(List<FieldError> errors, String field, LocalDate value, LocalDate today) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.isAfter(today)) {
            errors.add(new FieldError(field, "is in the future"));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
