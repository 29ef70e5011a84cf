package cn.beijing.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DecidesByInputTest {

    public record Visit(LocalDate serviceDate) {
    }

    public record Covered(boolean covered) {
    }

    @Rule(id = "covered-from-2025", document = "京技管发〔2024〕30号", article = "第五条")
    public static final class CoveredFrom2025 implements DecidesByInput<Visit, Covered> {

        @Override
        public Covered evaluate(Visit input) {
            return new Covered(!Inputs.required("input", input).serviceDate().isBefore(LocalDate.of(2025, 1, 1)));
        }
    }

    @Test
    void theInputsOwnDateDecidesWhateverTheDecisionDate() {
        CoveredFrom2025 rule = new CoveredFrom2025();
        LocalDate decisionDate = LocalDate.of(2030, 6, 1);
        assertThat(rule.decide(new Visit(LocalDate.of(2024, 12, 31)), decisionDate)).isEqualTo(new Covered(false));
        assertThat(rule.decide(new Visit(LocalDate.of(2025, 1, 1)), decisionDate)).isEqualTo(new Covered(true));
    }

    @Test
    void declaresItsInputAndDecision() {
        RuleDescriptor descriptor = RuleDescriptor.of(CoveredFrom2025.class);
        assertThat(descriptor.input()).isEqualTo(Visit.class);
        assertThat(descriptor.decision()).isEqualTo(Covered.class);
    }
}
