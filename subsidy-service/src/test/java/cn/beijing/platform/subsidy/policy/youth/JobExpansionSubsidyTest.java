package cn.beijing.platform.subsidy.policy.youth;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy.Category;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy.Hire;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy.HireDecision;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy.HireOutcome;

class JobExpansionSubsidyTest {

    private static final LocalDate ON = date("2026-04-30");
    private final JobExpansionSubsidy subsidy = new JobExpansionSubsidy(Shipped.PARAMETERS);

    private static Hire graduate(String left, boolean unemployed, String hired, int months) {
        return new Hire("g", Category.COLLEGE_GRADUATE, date("2003-01-01"), date(left), unemployed, false, date(hired),
                true, months);
    }

    private static Hire youth(String born, String hired) {
        return new Hire("y", Category.REGISTERED_UNEMPLOYED_YOUTH, date(born), null, false, true, date(hired), true, 3);
    }

    private HireDecision one(Hire hire) {
        return subsidy.evaluate(true, List.of(hire), ON).hires().get(0);
    }

    @Test
    void graduationYearHireWithThreeMonthsOfInsuranceGetsOneThousandYuan() {
        var d = subsidy.evaluate(true, List.of(graduate("2025-06-30", false, "2025-07-01", 3)), ON);
        assertThat(d.hires().get(0).amount()).isEqualByComparingTo("1000.00");
        assertThat(d.total()).isEqualByComparingTo("1000.00");
        assertThat(d.basis()).singleElement().satisfies(b -> {
            assertThat(b.document()).isEqualTo("京人社毕发〔2024〕16号");
            assertThat(b.article()).isEqualTo("一、(一)");
        });
    }

    @ParameterizedTest(name = "{0} months of full insurance → eligible {1}")
    @CsvSource({"2, false", "3, true", "4, true"})
    void insurancePaidInFullForThreeMonthsOrMore(int months, boolean eligible) {
        assertThat(one(graduate("2025-06-30", false, "2025-07-01", months)).eligible()).isEqualTo(eligible);
    }

    @Test
    void hireInTheGraduationYearBeforeGraduationCounts() {
        assertThat(one(graduate("2025-06-30", false, "2025-03-01", 3)).eligible()).isTrue();
    }

    @ParameterizedTest(name = "left school {0}, hired {1}, unemployed {2} → {3}")
    @CsvSource({"2023-06-30, 2025-06-30, true, true", "2023-06-30, 2025-07-01, true, false",
            "2023-06-30, 2025-01-10, false, false", "2023-06-30, 2025-01-10, true, true"})
    void withinTwoYearsOfLeavingSchoolAndUnemployed(String left, String hired, boolean unemployed, boolean eligible) {
        HireDecision d = one(graduate(left, unemployed, hired, 3));
        assertThat(d.eligible()).isEqualTo(eligible);
        if (!eligible) {
            assertThat(d.failures()).extracting(Failure::code).containsExactly("NOT_ELIGIBLE_GRADUATE");
        }
    }

    @ParameterizedTest(name = "born {0}, hired {1} → {2}")
    @CsvSource({"2009-12-31, 2025-12-31, true", "2010-01-01, 2025-12-31, false", "2001-01-01, 2025-12-31, true",
            "2000-12-31, 2025-12-31, false", "2001-01-01, 2025-12-30, true"})
    void registeredUnemployedYouthAgedSixteenToTwentyFour(String born, String hired, boolean eligible) {
        assertThat(one(youth(born, hired)).eligible()).isEqualTo(eligible);
    }

    @ParameterizedTest(name = "hired {0} → {1}")
    @CsvSource({"2024-12-02, true", "2024-12-03, true", "2025-12-31, true", "2026-01-01, false"})
    void hiresFromTheNoticeUntilTheEndOf2025(String hired, boolean eligible) {
        HireDecision d = one(youth("2003-01-01", hired));
        assertThat(d.eligible()).isEqualTo(eligible);
        assertThat(d.predecessorPolicy()).isNull();
        if (!eligible) {
            assertThat(d.outcome()).isEqualTo(HireOutcome.DOES_NOT_QUALIFY);
            assertThat(d.failures()).extracting(Failure::code).containsExactly("HIRED_OUTSIDE_WINDOW");
        } else {
            assertThat(d.outcome()).isEqualTo(HireOutcome.QUALIFIES);
        }
    }

    /** 16号 "延续实施": a hire before the notice is not refused by it but answered under the policy it continues. */
    @ParameterizedTest(name = "hired {0}")
    @CsvSource({"2024-12-01", "2024-06-30"})
    void aHireBeforeTheNoticeFallsUnderThePredecessorPolicyNotThisOne(String hired) {
        // even with a condition of this notice unmet (no contract), the answer is "the predecessor decides"
        var d = subsidy.evaluate(true, List.of(youth("2003-01-01", hired), new Hire("y2",
                Category.REGISTERED_UNEMPLOYED_YOUTH, date("2003-01-01"), null, false, true, date(hired), false, 3)), ON);
        for (HireDecision hire : d.hires()) {
            assertThat(hire.outcome()).isEqualTo(HireOutcome.PREDECESSOR_POLICY);
            assertThat(hire.eligible()).isFalse();
            assertThat(hire.amount()).isEqualByComparingTo("0");
            assertThat(hire.failures()).as("not refused under this notice").isEmpty();
            assertThat(hire.predecessorPolicy().code()).isEqualTo("HIRED_BEFORE_THIS_NOTICE");
            assertThat(hire.predecessorPolicy().message()).contains("延续实施", "2024-12-02", hired);
            assertThat(hire.predecessorPolicy().basis().citation()).isEqualTo("京人社毕发〔2024〕16号 一、(一)");
        }
        assertThat(d.qualifyingHires()).isZero();
        assertThat(d.predecessorPolicyHires()).isEqualTo(2);
        assertThat(d.total()).isEqualByComparingTo("0");
    }

    @Test
    void youthMustBeRegisteredUnemployedAndHaveAContract() {
        var d = one(new Hire("y", Category.REGISTERED_UNEMPLOYED_YOUTH, date("2003-01-01"), null, false, false,
                date("2025-05-01"), false, 3));
        assertThat(d.failures()).extracting(Failure::code)
                .containsExactly("NOT_REGISTERED_UNEMPLOYED", "NO_LABOUR_CONTRACT");
    }

    @Test
    void onePersonCountsOncePerEnterprise() {
        var d = subsidy.evaluate(true, List.of(youth("2003-01-01", "2025-05-01"), youth("2003-01-01", "2025-08-01")), ON);
        assertThat(d.qualifyingHires()).isEqualTo(1);
        assertThat(d.total()).isEqualByComparingTo("1000.00");
        assertThat(d.hires().get(1).failures()).extracting(Failure::code).containsExactly("PERSON_ALREADY_COUNTED");
    }

    @Test
    void onlyEnterprisesReceiveIt() {
        var d = subsidy.evaluate(false, List.of(youth("2003-01-01", "2025-05-01")), ON);
        assertThat(d.total()).isEqualByComparingTo("0");
        assertThat(d.hires().get(0).failures()).extracting(Failure::code).containsExactly("EMPLOYER_NOT_ENTERPRISE");
    }

    @Test
    void graduateWithoutLeavingDateIsRefused() {
        assertThatThrownBy(() -> subsidy.evaluate(true, List.of(new Hire("g", Category.COLLEGE_GRADUATE, null, null,
                true, false, date("2025-05-01"), true, 3)), ON)).isInstanceOf(PolicyInputException.class)
                .extracting("field").isEqualTo("hires[0].leftSchoolOn");
    }

    @Test
    void negativeInsuranceMonthsAreRefused() {
        assertThatThrownBy(() -> subsidy.evaluate(true, List.of(graduate("2025-06-30", false, "2025-07-01", -1)), ON))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("hires[0].fullInsuranceMonths");
    }
}
