package cn.beijing.platform.subsidy.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.outbox.OutboxWriter;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.subsidy.events.ProgrammeClawbackOrdered;
import cn.beijing.platform.subsidy.events.ProgrammePaymentScheduled;
import cn.beijing.platform.subsidy.events.SubsidyEvents;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.ProgrammeDisbursement;
import cn.beijing.platform.subsidy.store.Jsonb;
import cn.beijing.platform.subsidy.store.ProgrammePaymentStore;
import cn.beijing.platform.subsidy.store.ProgrammePaymentStore.ClawbackRow;
import cn.beijing.platform.subsidy.store.ProgrammePaymentStore.PaymentRow;
import cn.beijing.platform.subsidy.store.ProgrammeStore;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ClaimRow;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ProgrammeApplicationRow;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The payment of an approved programme application and the recovery of its support. A payment and its
 * {@code subsidy.payment-scheduled.v1} (a recovery and its {@code subsidy.clawback-ordered.v1}) commit together
 * through the outbox. Call inside the command's transaction.
 */
@Component
@RequiredArgsConstructor
class ProgrammePayments {

    static final String SCHEDULED = "SCHEDULED";

    /** One line of a payment as the finance bureau receives it. */
    public record PaymentLineView(String kind, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
                                  String article) {
    }

    public record PaymentView(UUID id, UUID noticeId, LocalDate scheduledOn, BigDecimal amount, String status,
                              List<PaymentLineView> lines, List<Basis> basis) {
    }

    /** @param amount to recover (payments made); {@code cancelled} payments not yet made */
    public record ClawbackView(UUID id, String ground, LocalDate orderedOn, BigDecimal amount, BigDecimal cancelled,
                               String statement, List<Basis> basis) {
    }

    private final ProgrammePaymentStore payments;
    private final ProgrammeStore applications;
    private final Disbursements disbursements;
    private final OutboxWriter outbox;
    private final Jsonb jsonb;

    /**
     * Schedules the payment of approved application {@code a} (status {@code from}) on {@code scheduledOn}: one line
     * per paid claim (16号: its hires as one line), basis = the approval's and {@code releaseBasis}.
     */
    Mono<Void> schedule(ProgrammeApplicationRow a, String from, UUID noticeId, LocalDate scheduledOn,
                        List<Basis> releaseBasis) {
        Programme programme = Programme.valueOf(a.programme());
        return applications.claims(a.id()).filter(c -> c.approvedAmount() != null && c.approvedAmount().signum() > 0)
                .collectList()
                .flatMap(claims -> {
                    List<ProgrammePaymentScheduled.Line> lines = lines(programme, a, claims);
                    List<Basis> approval = a.approvalBasisJson() == null ? List.of()
                            : List.of(jsonb.read(a.approvalBasisJson(), Basis[].class));
                    List<Basis> basis = Citation.merge(approval, releaseBasis);
                    UUID paymentId = UUID.randomUUID();
                    PaymentRow row = new PaymentRow(paymentId, a.id(), noticeId, scheduledOn, a.approvedAmount(),
                            SCHEDULED, jsonb.write(lines), jsonb.write(basis));
                    return applications.transition(a.id(), from, ProgrammeStatus.PAYMENT_SCHEDULED.name())
                            .flatMap(n -> n == 0 ? Mono.error(new ConflictException("the application changed "
                                    + "meanwhile")) : payments.insert(row))
                            .then(outbox.append(SubsidyEvents.PROGRAMME_PAYMENT_SCHEDULED, a.id().toString(),
                                    new ProgrammePaymentScheduled(paymentId, a.id(), programme.name(),
                                            a.organisationId(), noticeId, scheduledOn, a.approvedAmount(), lines,
                                            basis)))
                            .then();
                });
    }

    /**
     * Recovers the whole support of a paid or scheduled application on {@code orderedOn}: payments made are to be
     * returned, payments not yet due are cancelled. 409 for an application that was never paid or is recovered.
     */
    Mono<ClawbackView> clawback(ProgrammeApplicationRow a, ProgrammeDisbursement.RecoveryGround ground,
                                LocalDate orderedOn, String statement, String orderedBy) {
        Programme programme = Programme.valueOf(a.programme());
        ProgrammeDisbursement rule = disbursements.of(programme);
        if (ProgrammeStatus.valueOf(a.status()) != ProgrammeStatus.PAYMENT_SCHEDULED) {
            return Mono.error(new RuleViolationException("NOTHING_PAID_OR_SCHEDULED", "the application is "
                    + a.status() + ": only support paid or scheduled for payment is recovered",
                    rule.basis(orderedOn)));
        }
        return payments.ofApplication(a.id()).filter(p -> SCHEDULED.equals(p.status())).collectList()
                .flatMap(scheduled -> {
                    ProgrammeDisbursement.RecoveryDecision d = rule.recover(ground, scheduled.stream()
                            .map(p -> new ProgrammeDisbursement.ScheduledPayment(p.id(), p.scheduledOn(), p.amount()))
                            .toList(), orderedOn);
                    UUID clawbackId = UUID.randomUUID();
                    ClawbackRow row = new ClawbackRow(clawbackId, a.id(), ground.name(), orderedOn, d.amount(),
                            d.cancelled(), statement, jsonb.write(d.basis()), orderedBy);
                    List<ProgrammeClawbackOrdered.Recovery> recoveries = d.recoveries().stream()
                            .map(r -> new ProgrammeClawbackOrdered.Recovery(r.paymentId(), programme.name(),
                                    r.amount(), r.paid()))
                            .toList();
                    Flux<Long> statuses = Flux.fromIterable(d.recoveries()).concatMap(r -> payments.setStatus(
                            r.paymentId(), SCHEDULED, r.paid() ? "RECOVERED" : "CANCELLED"));
                    return applications.transition(a.id(), ProgrammeStatus.PAYMENT_SCHEDULED.name(),
                                    ProgrammeStatus.CLAWED_BACK.name())
                            .flatMap(n -> n == 0 ? Mono.error(new ConflictException("the application changed "
                                    + "meanwhile")) : payments.insertClawback(row))
                            .thenMany(statuses)
                            .then(outbox.append(SubsidyEvents.PROGRAMME_CLAWBACK_ORDERED, a.id().toString(),
                                    new ProgrammeClawbackOrdered(clawbackId, programme.name(), a.id(),
                                            a.organisationId(), ground.name(), orderedOn, d.amount(), d.cancelled(),
                                            recoveries, d.basis())))
                            .thenReturn(clawbackView(row));
                });
    }

    Mono<PaymentView> payment(UUID applicationId) {
        return payments.ofApplication(applicationId).next().map(p -> new PaymentView(p.id(), p.noticeId(),
                p.scheduledOn(), p.amount(), p.status(),
                List.of(jsonb.read(p.linesJson(), PaymentLineView[].class)),
                List.of(jsonb.read(p.basisJson(), Basis[].class))));
    }

    Mono<ClawbackView> clawbackOf(UUID applicationId) {
        return payments.clawbackOf(applicationId).map(this::clawbackView);
    }

    private ClawbackView clawbackView(ClawbackRow c) {
        return new ClawbackView(c.id(), c.ground(), c.orderedOn(), c.amount(), c.cancelled(), c.statement(),
                List.of(jsonb.read(c.basisJson(), Basis[].class)));
    }

    /** 31号/33号: one line per paid claim for its support year; 16号: the hires as one line, no person. */
    private static List<ProgrammePaymentScheduled.Line> lines(Programme programme, ProgrammeApplicationRow a,
                                                              List<ClaimRow> claims) {
        List<ProgrammePaymentScheduled.Line> lines = new ArrayList<>();
        if (programme == Programme.YOUTH_EMPLOYMENT) {
            LocalDate first = null;
            LocalDate last = null;
            BigDecimal total = Money.ZERO;
            for (ClaimRow c : claims) {
                LocalDate from = period(c.periodStart(), a);
                LocalDate to = c.periodEnd() != null ? c.periodEnd() : from;
                first = first == null || from.isBefore(first) ? from : first;
                last = last == null || to.isAfter(last) ? to : last;
                total = total.add(c.approvedAmount());
            }
            lines.add(new ProgrammePaymentScheduled.Line(programme.name(), first, last, Money.yuan(total),
                    programme.document() + " 一、(一)"));
            return lines;
        }
        for (ClaimRow c : claims) {
            LocalDate from = period(c.periodStart(), a);
            LocalDate to = c.periodEnd() != null ? c.periodEnd() : LocalDate.of(from.getYear(), 12, 31);
            lines.add(new ProgrammePaymentScheduled.Line(programme.name(), from, to, Money.yuan(c.approvedAmount()),
                    programme.document() + " " + c.article()));
        }
        return lines;
    }

    /** Claims submitted before periods were recorded pay for their support year. */
    private static LocalDate period(LocalDate start, ProgrammeApplicationRow a) {
        if (start != null) {
            return start;
        }
        int year = a.supportYear() != null ? a.supportYear() : a.decidedOn().getYear();
        return LocalDate.of(year, 1, 1);
    }
}
