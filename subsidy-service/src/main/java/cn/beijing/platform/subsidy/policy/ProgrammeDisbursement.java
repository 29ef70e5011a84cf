package cn.beijing.platform.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.RuleDescriptor;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.policy.calendar.CalendarYearNotLoadedException;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.calendar.WorkingDayCalendar;
import cn.beijing.platform.policy.parameters.ParameterSet;

/**
 * The way an approved programme application is paid (兑现) under one document — 京技管发〔2024〕31号, 33号 or
 * 京人社毕发〔2024〕16号, each a declared rule extending this class with its own terms and exclusive groups:
 * <ol>
 * <li>approval: the claims granted on submission against the applicant's earlier approvals that still stand
 * ({@link SupportWithoutDuplication}), refused when nothing is left to pay;</li>
 * <li>[platform rule] a public notice before payment when the terms ask for one ({@code public_notice_working_days},
 * counted like the notice of 京技管发〔2024〕30号 第十四条 by its rule), else payment on the first working day after the
 * approval;</li>
 * <li>recovery (追缴): false declaration and duplicated support take back the whole support of the application; a
 * payment counts as paid from its scheduled day, one not yet due is cancelled.</li>
 * </ol>
 */
public abstract class ProgrammeDisbursement implements Decides<ProgrammeDisbursement.Input,
        SupportWithoutDuplication.Approval> {

    /** Why support is recovered. */
    public enum RecoveryGround {
        /** 瞒报、虚假申报 (31号 附则11; a [platform rule] for 33号 and 16号). */
        FALSE_DECLARATION,
        /** The same support was obtained twice (不重复), e.g. under another Yizhuang policy. */
        DUPLICATE_SUPPORT
    }

    /** The claims granted on submission and the applicant's standing grants. */
    public record Input(List<SupportWithoutDuplication.Claim> claims,
                        List<SupportWithoutDuplication.StandingGrant> standing) {
    }

    /** A scheduled payment of the application. */
    public record ScheduledPayment(UUID paymentId, LocalDate scheduledOn, BigDecimal amount) {
    }

    /** @param paid false: the payment was not due yet and is cancelled instead of recovered */
    public record Recovery(UUID paymentId, BigDecimal amount, boolean paid) {
    }

    /**
     * @param amount    to recover from the applicant (payments already made)
     * @param cancelled payments not yet made, cancelled
     */
    public record RecoveryDecision(RecoveryGround ground, BigDecimal amount, BigDecimal cancelled,
                                   List<Recovery> recoveries, List<Basis> basis) implements Decision {
        public RecoveryDecision {
            recoveries = List.copyOf(recoveries);
            basis = List.copyOf(basis);
        }
    }

    private final EffectiveDated<DisbursementTerms> terms;
    private final WorkingDayCalendar calendar;
    private final String document;
    private final String article;
    private final String refusalCode;

    /**
     * The disbursement of the {@code @Rule} the subclass declares: its terms are its first declared parameter file; its
     * document and article are the basis of a refusal ({@code refusalCode}) and of the payment terms.
     */
    protected ProgrammeDisbursement(ParameterSet parameters, WorkingDayCalendar calendar, String refusalCode) {
        RuleDescriptor rule = RuleDescriptor.of(getClass());
        this.terms = parameters.get(rule.parameters().get(0), DisbursementTerms.class);
        this.calendar = calendar;
        this.document = rule.document();
        this.article = rule.article();
        this.refusalCode = refusalCode;
    }

    /** The basis of a recovery on {@code ground}, as the document prints it or as the platform rule fills it. */
    protected abstract Basis recoveryBasis(RecoveryGround ground, InForce<DisbursementTerms> terms);

    /** The terms in force on {@code date}. */
    public DisbursementTerms terms(LocalDate date) {
        return terms.on(Inputs.date("decisionDate", date), "decisionDate").value();
    }

    /** {@code document article} with the terms' version: the basis of what the terms decide. */
    public Basis basis(LocalDate date) {
        return ruleArticle().withParameters(terms.on(date, "decisionDate").version());
    }

    /** The document and article of the disbursement's {@code @Rule}. */
    protected Basis ruleArticle() {
        return Basis.of(document, article);
    }

    /** The year two approvals must share for the groups counted per year. */
    public int supportYear(LocalDate eventDate, LocalDate approvedOn) {
        DisbursementTerms t = terms(approvedOn);
        return t.sameYearBy() == DisbursementTerms.SameYearBy.EVENT_DATE && eventDate != null ? eventDate.getYear()
                : approvedOn.getYear();
    }

    @Override
    public SupportWithoutDuplication.Approval decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        DisbursementTerms t = terms(decisionDate);
        return SupportWithoutDuplication.approve(input.claims(), input.standing(),
                Boolean.TRUE.equals(t.laterHigherClaimTopsUp()), refusalCode, basis(decisionDate));
    }

    /** Without a notice: the first working day after the approval. */
    public LocalDate paymentDayWithoutNotice(LocalDate approvedOn) {
        try {
            return calendar.firstWorkingDayAfter(Inputs.date("decidedOn", approvedOn));
        } catch (CalendarYearNotLoadedException e) {
            throw new PolicyInputException("decidedOn", "the payment day falls in " + e.year()
                    + ", for which no official holiday arrangement is loaded");
        }
    }

    /** Recovery of the whole support of an application on {@code orderedOn}. */
    public RecoveryDecision recover(RecoveryGround ground, List<ScheduledPayment> payments, LocalDate orderedOn) {
        Inputs.required("ground", ground);
        Inputs.required("payments", payments);
        InForce<DisbursementTerms> inForce = terms.on(Inputs.date("orderedOn", orderedOn), "orderedOn");
        Basis basis = recoveryBasis(ground, inForce);
        if (ground == RecoveryGround.FALSE_DECLARATION && !inForce.value().falseDeclarationRecovered()) {
            throw new RuleViolationException("NOT_RECOVERED_ON_THAT_GROUND", "the terms in force do not recover "
                    + "support on a false declaration", basis);
        }
        if (payments.isEmpty()) {
            throw new RuleViolationException("NOTHING_PAID_OR_SCHEDULED", "the application has no payment to "
                    + "recover or cancel", basis);
        }
        List<Recovery> recoveries = new ArrayList<>();
        BigDecimal recovered = Money.ZERO;
        BigDecimal cancelled = Money.ZERO;
        for (ScheduledPayment p : payments) {
            boolean paid = !p.scheduledOn().isAfter(orderedOn);
            recoveries.add(new Recovery(p.paymentId(), Money.yuan(p.amount()), paid));
            if (paid) {
                recovered = recovered.add(Money.yuan(p.amount()));
            } else {
                cancelled = cancelled.add(Money.yuan(p.amount()));
            }
        }
        return new RecoveryDecision(ground, recovered, cancelled, recoveries, List.of(basis));
    }
}
