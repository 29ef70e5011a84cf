package cn.beijing.platform.subsidy.policy.kindergarten;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement.Child;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement.Direction;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement.SettlementDecision;

class PerChildSubsidySettlementTest {

    private final PerChildSubsidySettlement settlement =
            new PerChildSubsidySettlement(Shipped.PARAMETERS);

    private static Child staying(String id, String born, String entered) {
        return new Child(id, date(born), date(entered), false, null, false);
    }

    private static List<Integer> months(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    private List<Integer> counted(Child child) {
        return settlement.settle(2025, List.of(child)).children().get(0).countedMonths();
    }

    @Test
    void childPresentAllYearIsAdvancedExactlyItsEntitlement() {
        SettlementDecision d = settlement.settle(2025, List.of(staying("a", "2021-06-01", "2024-09-01")));
        assertThat(d.monthlyCounts()).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(d.countAtPreviousSeptember30()).isEqualTo(1);
        assertThat(d.countAtMarch31()).isEqualTo(1);
        assertThat(d.entitlement()).isEqualByComparingTo("21600.00");
        assertThat(d.advances()).extracting(PerChildSubsidySettlement.QuarterlyAdvance::amount)
                .containsExactly(new BigDecimal("5400.00"), new BigDecimal("5400.00"), new BigDecimal("5400.00"),
                        new BigDecimal("5400.00"));
        assertThat(d.settlement()).isEqualByComparingTo("0.00");
        assertThat(d.direction()).isEqualTo(Direction.NONE);
        assertThat(d.settledIn()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(d.basis()).singleElement().satisfies(b -> {
            assertThat(b.document()).isEqualTo("京技管发〔2024〕30号");
            assertThat(b.article()).isEqualTo("第五条");
            assertThat(b.parameters()).contains("kindergarten-per-child-monthly-rate@2024-12-02");
        });
    }

    @Test
    void advancesUsePreviousSeptemberCountForQ1Q2AndMarchCountForQ3Q4() {
        SettlementDecision d = settlement.settle(2025, List.of(
                staying("a", "2021-06-01", "2024-09-01"),
                new Child("b", date("2021-05-01"), date("2024-09-01"), false, date("2025-02-10"), false)));
        assertThat(d.countAtPreviousSeptember30()).isEqualTo(2);
        assertThat(d.countAtMarch31()).isEqualTo(1);
        assertThat(d.advances()).extracting(PerChildSubsidySettlement.QuarterlyAdvance::count)
                .containsExactly(2, 2, 1, 1);
        assertThat(d.advancesTotal()).isEqualByComparingTo("32400.00");
        assertThat(d.monthlyCounts()).containsExactly(2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(d.entitlement()).isEqualByComparingTo("23400.00");
        assertThat(d.settlement()).isEqualByComparingTo("-9000.00");
        assertThat(d.direction()).isEqualTo(Direction.REFUND);
    }

    @Test
    void autumnIntakeAfterTheCountsIsToppedUpInJanuary() {
        SettlementDecision d = settlement.settle(2025, List.of(
                new Child("n", date("2022-05-01"), date("2025-08-20"), true, null, false)));
        assertThat(d.monthlyCounts()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1);
        assertThat(d.advancesTotal()).isEqualByComparingTo("0.00");
        assertThat(d.entitlement()).isEqualByComparingTo("7200.00");
        assertThat(d.settlement()).isEqualByComparingTo("7200.00");
        assertThat(d.direction()).isEqualTo(Direction.TOP_UP);
    }

    @Nested
    class AgeAtAutumnIntake {

        @Test
        void thirdBirthdayOnTheReferenceDayCounts() {
            assertThat(counted(staying("at", "2021-08-31", "2024-09-01"))).isEqualTo(months(1, 12));
        }

        @Test
        void olderChildCounts() {
            assertThat(counted(staying("above", "2021-08-30", "2024-09-01"))).isEqualTo(months(1, 12));
        }

        @Test
        void childTurningThreeTheDayAfterCountsOnlyFromTheNextIntake() {
            assertThat(counted(staying("below", "2021-09-01", "2024-09-01"))).isEqualTo(months(9, 12));
        }

        @Test
        void autumnIntakeUnderThreeIsNotCountedThatYear() {
            assertThat(counted(new Child("n", date("2022-09-01"), date("2025-09-01"), true, null, false))).isEmpty();
            assertThat(counted(new Child("n", date("2022-08-31"), date("2025-09-01"), true, null, false)))
                    .isEqualTo(months(9, 12));
        }
    }

    @Nested
    class LeavingAndEntering {

        /** A leaver stops from the month its leaving is completed; a graduate from the month after it leaves. */
        @ParameterizedTest(name = "left on {0}, graduate {1}: counted months {2} to {3}")
        @CsvSource({
                "2025-03-15, false, 1, 2",
                "2025-03-01, false, 1, 2",
                "2025-02-28, false, 1, 1",
                "2025-07-10, true,  1, 7",
                "2025-07-31, true,  1, 7"})
        void leaverAndGraduateStop(String leftOn, boolean graduate, int from, int to) {
            assertThat(counted(new Child("l", date("2021-01-01"), date("2024-09-01"), false, date(leftOn), graduate)))
                    .isEqualTo(months(from, to));
        }

        @Test
        void newChildCountsFromTheMonthEntryIsCompleted() {
            assertThat(counted(staying("e", "2021-01-01", "2025-04-20"))).isEqualTo(months(4, 12));
            assertThat(counted(staying("e", "2021-01-01", "2025-04-30"))).isEqualTo(months(4, 12));
        }

        @Test
        void autumnIntakeCountsFromSeptemberEvenWhenEnrolledEarlier() {
            assertThat(counted(new Child("s", date("2022-01-01"), date("2025-07-01"), true, null, false)))
                    .isEqualTo(months(9, 12));
        }

        @Test
        void autumnIntakeCompletedInOctoberCountsFromOctober() {
            assertThat(counted(new Child("s", date("2022-01-01"), date("2025-10-08"), true, null, false)))
                    .isEqualTo(months(10, 12));
        }
    }

    @Nested
    class AdvanceCountDates {

        @Test
        void childLeavingOnSeptember30IsNotInTheCount() {
            SettlementDecision d = settlement.settle(2025, List.of(
                    new Child("x", date("2020-01-01"), date("2023-09-01"), false, date("2024-09-30"), false)));
            assertThat(d.countAtPreviousSeptember30()).isZero();
        }

        @Test
        void childLeavingOnOctober1IsInTheCount() {
            SettlementDecision d = settlement.settle(2025, List.of(
                    new Child("x", date("2020-01-01"), date("2023-09-01"), false, date("2024-10-01"), false)));
            assertThat(d.countAtPreviousSeptember30()).isEqualTo(1);
        }

        @Test
        void childEnteringOnMarch31IsInTheMarchCountButNotOnApril1() {
            assertThat(settlement.settle(2025, List.of(staying("m", "2021-01-01", "2025-03-31"))).countAtMarch31())
                    .isEqualTo(1);
            assertThat(settlement.settle(2025, List.of(staying("m", "2021-01-01", "2025-04-01"))).countAtMarch31())
                    .isZero();
        }

        @Test
        void septemberCountAppliesTheAgeRuleOfThatIntake() {
            // born 2021-09-01: 2 at 2024-08-31, so not in the count at 2024-09-30
            assertThat(settlement.settle(2025, List.of(staying("y", "2021-09-01", "2024-09-01")))
                    .countAtPreviousSeptember30()).isZero();
        }
    }

    @Test
    void emptyKindergartenSettlesToZero() {
        SettlementDecision d = settlement.settle(2025, Collections.emptyList());
        assertThat(d.entitlement()).isEqualByComparingTo("0");
        assertThat(d.settlement()).isEqualByComparingTo("0");
    }

    @Nested
    class InvalidInput {

        @Test
        void graduateWithoutLeavingDateIsRefusedOnLeftOn() {
            assertThatThrownBy(() -> settlement.settle(2025, List.of(
                    new Child("g", date("2021-01-01"), date("2024-09-01"), false, null, true))))
                    .isInstanceOf(PolicyInputException.class)
                    .extracting("field").isEqualTo("children[0].leftOn");
        }

        @Test
        void entryBeforeBirthIsRefused() {
            assertThatThrownBy(() -> settlement.settle(2025, List.of(staying("a", "2021-01-01", "2020-01-01"))))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("children[0].enteredOn");
        }

        @Test
        void leavingBeforeEntryIsRefused() {
            assertThatThrownBy(() -> settlement.settle(2025, List.of(
                    new Child("a", date("2021-01-01"), date("2024-09-01"), false, date("2024-08-01"), false))))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("children[0].leftOn");
        }

        @Test
        void duplicateIdIsRefused() {
            assertThatThrownBy(() -> settlement.settle(2025, List.of(staying("a", "2021-01-01", "2024-09-01"),
                    staying("a", "2021-01-02", "2024-09-01"))))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("children[1].id");
        }

        @Test
        void missingBirthDateIsRefused() {
            assertThatThrownBy(() -> settlement.settle(2025, List.of(
                    new Child("a", null, date("2024-09-01"), false, null, false))))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("children[0].birthDate");
        }

        @Test
        void yearBeforeTheRulesIsRefusedOnYear() {
            assertThatThrownBy(() -> settlement.settle(2024, List.of()))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("year");
        }

        @Test
        void missingChildrenIsRefused() {
            assertThatThrownBy(() -> settlement.settle(2025, null))
                    .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("children");
        }
    }

    @Test
    void countingRuleIsReadForTheSettlementYear() {
        PerChildSubsidySettlement.CountingRule rule = settlement.ruleFor(2025);
        assertThat(rule.minimumAge()).isEqualTo(3);
        assertThat(rule.calendar().autumnIntakeMonth()).isEqualTo(9);
        assertThat(rule.countOn(List.of(staying("a", "2021-01-01", "2024-09-01")), LocalDate.of(2024, 9, 30)))
                .isEqualTo(1);
    }
}
