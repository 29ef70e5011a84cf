package cn.beijing.platform.subsidy.policy;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static cn.beijing.platform.subsidy.policy.Shipped.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.subsidy.policy.ProgrammeDisbursement.RecoveryGround;
import cn.beijing.platform.subsidy.policy.ProgrammeDisbursement.ScheduledPayment;
import cn.beijing.platform.subsidy.policy.SupportWithoutDuplication.ExclusiveGroup;
import cn.beijing.platform.subsidy.policy.finance.IndustrialFinanceDisbursement;
import cn.beijing.platform.subsidy.policy.scitech.SciTechCultureDisbursement;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionDisbursement;

/** The payment path of the programme documents: exclusive groups, terms, payment day and recovery. */
class ProgrammeDisbursementTest {

    private final IndustrialFinanceDisbursement finance = Shipped.RULES.get(IndustrialFinanceDisbursement.class);
    private final SciTechCultureDisbursement culture = Shipped.RULES.get(SciTechCultureDisbursement.class);
    private final JobExpansionDisbursement youth = Shipped.RULES.get(JobExpansionDisbursement.class);

    @Test
    void theGroupsOf33AreThoseItPrintsPerYearAndTheSameProjectIsSharedWith31() {
        assertThat(finance.groups("第十一条", false, "P", 2025)).extracting(ExclusiveGroup::key)
                .containsExactly("33|2025|第十二条");
        assertThat(finance.groups("第十三条", false, "P", 2025)).extracting(ExclusiveGroup::key)
                .containsExactly("33|2025|第十四条");
        assertThat(finance.groups("第四条", false, "P", 2025)).extracting(ExclusiveGroup::key)
                .containsExactly("33|2025|第四条");
        assertThat(finance.groups("第二条", false, "P", 2025)).isEmpty();
        assertThat(finance.groups("第二条", true, "P", 2025)).extracting(ExclusiveGroup::key)
                .containsExactly(culture.groups("P", 2025).get(0).key());
        assertThat(finance.groups("第十四条", true, "P", 2025)).extracting(g -> g.basis().article())
                .containsExactly("第十四条", "三、附则 4");
        assertThat(culture.groups("P", 2025).get(0).basis()).isEqualTo(Basis.of("京技管发〔2024〕31号", "三、附则 12"));
        assertThat(youth.groups("p1").get(0).key()).isEqualTo("16|hire|p1");
    }

    @Test
    void noticesFor31And33NoneFor16ByTheirTerms() {
        assertThat(culture.terms(date("2025-06-30")).publicNoticeWorkingDays()).isEqualTo(5);
        assertThat(finance.terms(date("2025-06-30")).publicNoticeRequired()).isTrue();
        assertThat(youth.terms(date("2025-06-30")).publicNoticeRequired()).isFalse();
        assertThat(finance.basis(date("2025-06-30")))
                .isEqualTo(Basis.of("京技管发〔2024〕33号", "三、附则 4").withParameters("industrial-finance-disbursement@2024-12-24"));
    }

    @Test
    void theYearThatCountsIsTheEventsYear() {
        assertThat(finance.supportYear(date("2024-11-30"), date("2025-02-01"))).isEqualTo(2024);
        assertThat(youth.supportYear(date("2024-11-30"), date("2025-02-01"))).isEqualTo(2025);
    }

    /** Friday 2025-09-26 → the make-up working Sunday 09-28; Tuesday 09-30 → 10-09 after the National Day holiday. */
    @Test
    void withoutANoticePaymentIsOnTheFirstWorkingDayAfterTheApproval() {
        assertThat(youth.paymentDayWithoutNotice(date("2025-09-26"))).isEqualTo(date("2025-09-28"));
        assertThat(youth.paymentDayWithoutNotice(date("2025-09-30"))).isEqualTo(date("2025-10-09"));
    }

    @Test
    void aRecoveryTakesBackWhatWasPaidAndCancelsWhatWasNotDue() {
        UUID paid = UUID.randomUUID();
        UUID due = UUID.randomUUID();
        var decision = culture.recover(RecoveryGround.FALSE_DECLARATION, List.of(
                new ScheduledPayment(paid, date("2025-10-10"), yuan("2000000")),
                new ScheduledPayment(due, date("2025-10-11"), yuan("500000"))), date("2025-10-10"));
        assertThat(decision.amount()).isEqualByComparingTo("2000000.00");
        assertThat(decision.cancelled()).isEqualByComparingTo("500000.00");
        assertThat(decision.recoveries()).extracting(ProgrammeDisbursement.Recovery::paid).containsExactly(true, false);
        assertThat(decision.basis()).containsExactly(Basis.of("京技管发〔2024〕31号", "三、附则 11"));
        assertThat(finance.recover(RecoveryGround.FALSE_DECLARATION, List.of(new ScheduledPayment(paid,
                date("2025-10-10"), yuan("1"))), date("2025-10-10")).basis().get(0).citation())
                .isEqualTo("京技管发〔2024〕33号 三、附则 2");
        assertThatThrownBy(() -> youth.recover(RecoveryGround.DUPLICATE_SUPPORT, List.of(), date("2025-10-10")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("NOTHING_PAID_OR_SCHEDULED"));
    }

    @Test
    void falseDeclarationIsRecoveredOnlyWhereTheTermsSaySo() {
        DisbursementTerms noRecovery = new DisbursementTerms(0, null, false, null);
        JobExpansionDisbursement without = new JobExpansionDisbursement(Shipped.PARAMETERS.with(
                "youth-job-expansion-disbursement", EffectiveDated.single("youth-job-expansion-disbursement",
                        date("2024-12-02"), noRecovery)), Shipped.CALENDAR);
        assertThatThrownBy(() -> without.recover(RecoveryGround.FALSE_DECLARATION, List.of(new ScheduledPayment(
                UUID.randomUUID(), date("2025-10-10"), yuan("1000"))), date("2025-10-10")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("NOT_RECOVERED_ON_THAT_GROUND"));
    }
}
