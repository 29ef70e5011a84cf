package cn.beijing.platform.subsidy.policy.kindergarten;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static cn.beijing.platform.subsidy.policy.Shipped.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.subsidy.policy.kindergarten.RentSubsidy.Lease;
import cn.beijing.platform.subsidy.policy.kindergarten.RentSubsidy.RentDecision;
import cn.beijing.platform.subsidy.policy.kindergarten.RentSubsidy.RentEvaluation;

class RentSubsidyTest {

    private static final LocalDate ON = date("2025-10-15");
    private final RentSubsidy rent = new RentSubsidy(Shipped.PARAMETERS);

    @ParameterizedTest(name = "actual rent {0} → daily rate {1}, capped {2}")
    @CsvSource({"4.99, 4.99, false", "5, 5, false", "5.00, 5, false", "5.01, 5, true", "0, 0, false"})
    void dailyRateIsTheActualRentUpToFiveYuan(String actual, String rate, boolean capped) {
        RentDecision d = rent.evaluate(new RentEvaluation(yuan(actual), yuan("100"), 100, yuan("9"), 1), ON);
        assertThat(d.dailyRate()).isEqualByComparingTo(rate);
        assertThat(d.rateCapped()).isEqualTo(capped);
    }

    @ParameterizedTest(name = "leased {0} m² for 100 children × 9 m² → {1} m²")
    @CsvSource({"899.5, 899.5, false", "900, 900, false", "900.01, 900, true", "1000, 900, true"})
    void subsidisedAreaIsCappedByThePerChildArea(String leased, String area, boolean capped) {
        RentDecision d = rent.evaluate(new RentEvaluation(yuan("5"), yuan(leased), 100, yuan("9"), 1), ON);
        assertThat(d.subsidisedArea()).isEqualByComparingTo(area);
        assertThat(d.areaCapped()).isEqualTo(capped);
    }

    @Test
    void amountIsRateTimesAreaTimesDays() {
        RentDecision d = rent.evaluate(new RentEvaluation(yuan("6.20"), yuan("1000"), 100, yuan("9"), 365), ON);
        assertThat(d.amount()).isEqualByComparingTo("1642500.00");
        assertThat(d.basis()).singleElement().satisfies(b -> {
            assertThat(b.article()).isEqualTo("第六条");
            assertThat(b.parameters()).isEqualTo("kindergarten-rent-daily-rate-cap@2024-12-02");
        });
    }

    @Test
    void amountIsRoundedHalfUpOnce() {
        // 4.333 × 100.5 × 3 = 1306.3995
        RentDecision d = rent.evaluate(new RentEvaluation(yuan("4.333"), yuan("100.5"), 20, yuan("9"), 3), ON);
        assertThat(d.amount()).isEqualByComparingTo("1306.40");
    }

    @Test
    void noChildrenMeansNoSubsidisedArea() {
        assertThat(rent.evaluate(new RentEvaluation(yuan("5"), yuan("500"), 0, yuan("9"), 30), ON).amount())
                .isEqualByComparingTo("0");
    }

    @ParameterizedTest
    @CsvSource({"actualRentPerSquareMetrePerDay", "leasedArea", "perChildAreaCap", "children", "days"})
    void negativeInputIsRefusedNamingTheField(String field) {
        RentEvaluation in = new RentEvaluation(
                field.equals("actualRentPerSquareMetrePerDay") ? yuan("-1") : yuan("5"),
                field.equals("leasedArea") ? yuan("-1") : yuan("100"),
                field.equals("children") ? -1 : 10,
                field.equals("perChildAreaCap") ? yuan("-1") : yuan("9"),
                field.equals("days") ? -1 : 10);
        assertThatThrownBy(() -> rent.evaluate(in, ON)).isInstanceOf(PolicyInputException.class)
                .extracting("field").isEqualTo(field);
    }

    @Test
    void missingRentIsRefused() {
        assertThatThrownBy(() -> rent.evaluate(new RentEvaluation(null, yuan("1"), 1, yuan("1"), 1), ON))
                .isInstanceOf(PolicyInputException.class).extracting("field")
                .isEqualTo("actualRentPerSquareMetrePerDay");
    }

    @Test
    void decisionBeforeTheRulesIsRefused() {
        assertThatThrownBy(() -> rent.evaluate(new RentEvaluation(yuan("5"), yuan("1"), 1, yuan("1"), 1),
                date("2024-12-01"))).isInstanceOf(PolicyInputException.class).extracting("field")
                .isEqualTo("decisionDate");
    }

    @Test
    void firstLeaseOfExactlySixYearsQualifies() {
        var d = rent.checkLease(new Lease(true, true, date("2025-01-01"), date("2030-12-31"), true), ON);
        assertThat(d.eligible()).isTrue();
        assertThat(d.paymentQuarter()).isEqualTo(4);
    }

    @Test
    void firstLeaseOneDayShortOfSixYearsFails() {
        var d = rent.checkLease(new Lease(true, true, date("2025-01-01"), date("2030-12-30"), true), ON);
        assertThat(d.eligible()).isFalse();
        assertThat(d.failures()).extracting(Failure::code).containsExactly("FIRST_LEASE_TOO_SHORT");
        assertThat(d.failures()).extracting(Failure::article).containsExactly("第六条");
    }

    @Test
    void longerFirstLeaseQualifies() {
        assertThat(rent.checkLease(new Lease(true, true, date("2025-01-01"), date("2031-01-01"), true), ON)
                .eligible()).isTrue();
    }

    @Test
    void shortLeaseOfAnExistingKindergartenIsNotHeldToSixYears() {
        assertThat(rent.checkLease(new Lease(true, false, date("2025-01-01"), date("2026-12-31"), true), ON)
                .eligible()).isTrue();
    }

    @Test
    void missingAppraisalAndOwnerLeaseAreNamed() {
        var d = rent.checkLease(new Lease(false, false, date("2025-01-01"), date("2026-12-31"), false), ON);
        assertThat(d.failures()).extracting(Failure::code)
                .containsExactly("LEASE_NOT_SIGNED_WITH_OWNER", "NO_THIRD_PARTY_APPRAISAL");
    }

    @Test
    void leaseEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> rent.checkLease(new Lease(true, true, date("2025-01-01"), date("2024-12-31"), true), ON))
                .isInstanceOf(PolicyInputException.class).extracting("field").isEqualTo("leaseEnd");
    }
}
