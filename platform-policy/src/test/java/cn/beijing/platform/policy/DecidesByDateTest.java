package cn.beijing.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DecidesByDateTest {

    public record Open(LocalDate date, boolean open) {
    }

    @Rule(id = "open-from-2025", document = "京技管发〔2024〕30号", article = "第五条")
    public static final class OpenFrom2025 implements DecidesByDate<Open> {

        @Override
        public Open evaluate(LocalDate date) {
            return new Open(date, !date.isBefore(LocalDate.of(2025, 1, 1)));
        }
    }

    @Test
    void decidesOnTheDecisionDateAlone() {
        OpenFrom2025 rule = new OpenFrom2025();
        assertThat(rule.decide(new DecidesByDate.NoFacts(), LocalDate.of(2024, 12, 31)))
                .isEqualTo(new Open(LocalDate.of(2024, 12, 31), false));
        assertThat(rule.decide(new DecidesByDate.NoFacts(), LocalDate.of(2025, 1, 1)))
                .isEqualTo(new Open(LocalDate.of(2025, 1, 1), true));
    }

    @Test
    void declaresNoFactsAsItsInput() {
        RuleDescriptor descriptor = RuleDescriptor.of(OpenFrom2025.class);
        assertThat(descriptor.input()).isEqualTo(DecidesByDate.NoFacts.class);
        assertThat(descriptor.decision()).isEqualTo(Open.class);
    }
}
