package cn.beijing.platform.guardianship.policy.assessment;

import static cn.beijing.platform.guardianship.policy.assessment.ShippedParameters.PARAMETERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FullYearsOfAgeTest {

    private final FullYearsOfAge age = new FullYearsOfAge(PARAMETERS);
    private final LocalDate born = LocalDate.of(2017, 3, 10);

    @Test
    void reachesEightOnTheEighthBirthday() {
        assertThat(age.ageOn(born, LocalDate.of(2025, 3, 9))).isEqualTo(7);
        assertThat(age.ageOn(born, LocalDate.of(2025, 3, 10))).isEqualTo(8);
        assertThat(age.ageOn(born, LocalDate.of(2025, 3, 11))).isEqualTo(8);
    }

    @Test
    void reachesEightTheDayAfterUnderTheAlternativeConvention() {
        FullYearsOfAge dayAfter = new FullYearsOfAge(ShippedParameters.withFullYearsReachedDayAfterBirthday(true));
        assertThat(dayAfter.ageOn(born, LocalDate.of(2025, 3, 10))).isEqualTo(7);
        assertThat(dayAfter.ageOn(born, LocalDate.of(2025, 3, 11))).isEqualTo(8);
        assertThat(dayAfter.dayReached(born, 8, LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(age.dayReached(born, 8, LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void isZeroOnTheDayOfBirthAndUntilTheFirstBirthday() {
        LocalDate newborn = LocalDate.of(2025, 1, 10);
        assertThat(age.ageOn(newborn, newborn)).isZero();
        assertThat(age.ageOn(newborn, LocalDate.of(2026, 1, 9))).isZero();
        assertThat(age.ageOn(newborn, LocalDate.of(2026, 1, 10))).isEqualTo(1);
    }

    @Test
    void aLeapDayBirthdayFallsOnTheTwentyEighthInCommonYears() {
        assertThat(age.ageOn(LocalDate.of(2020, 2, 29), LocalDate.of(2028, 2, 28))).isEqualTo(7);
        assertThat(age.ageOn(LocalDate.of(2020, 2, 29), LocalDate.of(2028, 2, 29))).isEqualTo(8);
        assertThat(age.ageOn(LocalDate.of(2016, 2, 29), LocalDate.of(2025, 2, 27))).isEqualTo(8);
        assertThat(age.ageOn(LocalDate.of(2016, 2, 29), LocalDate.of(2025, 2, 28))).isEqualTo(9);
    }

    @Test
    void countsOnlyUnderTheMeasuresInForce() {
        assertThat(age.ageOn(born, ShippedParameters.IN_FORCE)).isEqualTo(7);
        assertThatThrownBy(() -> age.ageOn(born, ShippedParameters.IN_FORCE.minusDays(1)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("decisionDate"));
    }

    @Test
    void aDateBeforeTheBirthIsRejected() {
        assertThatThrownBy(() -> age.ageOn(born, born.minusDays(1)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("visitDate"));
        assertThatThrownBy(() -> age.ageOn(null, born))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("birthDate"));
    }
}
