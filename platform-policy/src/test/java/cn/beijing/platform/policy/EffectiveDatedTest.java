package cn.beijing.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EffectiveDatedTest {

    @Test
    void aClosedWindowLeavesAGap() {
        EffectiveDated<BigDecimal> dated = new EffectiveDated<>("x", List.of(
                new EffectiveDated.Version<>(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), BigDecimal.ONE),
                new EffectiveDated.Version<>(LocalDate.of(2026, 1, 1), null, BigDecimal.TEN)));
        assertThat(dated.on(LocalDate.of(2025, 6, 30)).value()).isEqualTo(BigDecimal.ONE);
        assertThat(dated.find(LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(dated.find(LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(dated.on(LocalDate.of(2026, 1, 1)).version()).isEqualTo("x@2026-01-01");
        assertThatThrownBy(() -> dated.on(LocalDate.of(2025, 7, 1), "someField"))
                .isInstanceOfSatisfying(ParameterNotInForceException.class,
                        e -> assertThat(e.field()).isEqualTo("someField"));
        assertThatThrownBy(() -> dated.on(null)).isInstanceOfSatisfying(PolicyInputException.class,
                e -> assertThat(e.field()).isEqualTo("decisionDate"));
    }

    @Test
    void aVersionClosesWhenTheNextStarts() {
        EffectiveDated<Integer> dated = new EffectiveDated<>("x", List.of(
                new EffectiveDated.Version<>(LocalDate.of(2026, 1, 1), null, 2),
                new EffectiveDated.Version<>(LocalDate.of(2025, 1, 1), null, 1)));
        assertThat(dated.valueOn(LocalDate.of(2025, 12, 31))).isEqualTo(1);
        assertThat(dated.valueOn(LocalDate.of(2026, 1, 1))).isEqualTo(2);
        assertThat(dated.lastDayOf(0)).contains(LocalDate.of(2025, 12, 31));
        assertThat(dated.lastDayOf(1)).isEmpty();
    }

    @Test
    void overlapsAndTwinVersionsAreRefused() {
        assertThatThrownBy(() -> new EffectiveDated<>("x", List.of(
                new EffectiveDated.Version<>(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), 1),
                new EffectiveDated.Version<>(LocalDate.of(2026, 1, 1), null, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> new EffectiveDated<>("x", List.of(
                new EffectiveDated.Version<>(LocalDate.of(2025, 1, 1), null, 1),
                new EffectiveDated.Version<>(LocalDate.of(2025, 1, 1), null, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two versions");
    }

    @Test
    void theGoverningVersionOfAnAnnualDeadlineIsTheOneInForceOnTheDeadline() {
        // June 30 of the next year, from 2025-02-01; a later rule moves it to May 31 from 2027-01-01
        EffectiveDated<Integer> deadlineMonth = new EffectiveDated<>("deadline", List.of(
                new EffectiveDated.Version<>(LocalDate.of(2025, 2, 1), null, 6),
                new EffectiveDated.Version<>(LocalDate.of(2027, 1, 1), null, 5)));
        assertThat(deadlineMonth.governing(m -> LocalDate.of(2026, m, 1), "year").value()).isEqualTo(6);
        assertThat(deadlineMonth.governing(m -> LocalDate.of(2027, m, 1), "year").value()).isEqualTo(5);
        assertThatThrownBy(() -> deadlineMonth.governing(m -> LocalDate.of(2024, m, 1), "year"))
                .isInstanceOfSatisfying(ParameterNotInForceException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }
}
