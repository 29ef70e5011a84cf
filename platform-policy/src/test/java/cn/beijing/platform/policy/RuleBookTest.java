package cn.beijing.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.parameters.ParameterSet;

class RuleBookTest {

    static final ParameterSet FILES = ParameterSet.of(Map.of("rate.yaml", """
            description: a rate
            unit: yuan
            source: {document: 京技管发〔2024〕30号, article: 第五条}
            values: {2024-12-02: {value: 1800}}
            """));

    public record Input(int children) {
    }

    public record Amount(BigDecimal amount, List<Basis> basis) {
    }

    /** A family of rules, as a document's articles are. */
    public interface Monthly<I> extends Decides<I, Amount> {
    }

    @Rule(id = "monthly-rate", document = "京技管发〔2024〕30号", article = "第五条", parameters = "rate")
    public static final class MonthlyRate implements Monthly<Input> {
        private final EffectiveDated<BigDecimal> rate;

        public MonthlyRate(ParameterSet parameters) {
            this.rate = parameters.get("rate", BigDecimal.class);
        }

        @Override
        public Amount decide(Input input, LocalDate decisionDate) {
            InForce<BigDecimal> r = rate.on(decisionDate);
            return new Amount(r.value().multiply(BigDecimal.valueOf(input.children())),
                    List.of(Basis.of("京技管发〔2024〕30号", "第五条").withParameters(r.version())));
        }
    }

    @Rule(id = "yearly", document = "京技管发〔2024〕30号", article = "第五条")
    public static final class Yearly implements Decides<Input, Amount> {
        private final MonthlyRate monthly;

        public Yearly(MonthlyRate monthly) {
            this.monthly = monthly;
        }

        @Override
        public Amount decide(Input input, LocalDate decisionDate) {
            Amount month = monthly.decide(input, decisionDate);
            return new Amount(month.amount().multiply(BigDecimal.valueOf(12)), month.basis());
        }
    }

    @Rule(id = "undeclared", document = "京技管发〔2024〕30号", article = "第五条")
    public static final class Undeclared implements Decides<Input, Amount> {
        public Undeclared(ParameterSet parameters) {
            parameters.get("rate", BigDecimal.class);
        }

        @Override
        public Amount decide(Input input, LocalDate decisionDate) {
            return null;
        }
    }

    @Test
    void buildsEachRuleOnceWithItsParametersAndDependencies() {
        RuleBook book = RuleBook.of(List.of(Yearly.class, MonthlyRate.class), FILES);
        assertThat(book.get(Yearly.class).decide(new Input(2), LocalDate.of(2025, 1, 1)).amount())
                .isEqualByComparingTo("43200");
        assertThat(book.rule("monthly-rate")).isSameAs(book.get(MonthlyRate.class));
        assertThat(book.all(Monthly.class)).containsExactly(book.get(MonthlyRate.class));
        assertThatThrownBy(() -> book.rule("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesARuleForDocumentationAndTheCaseRunner() {
        RuleDescriptor d = RuleDescriptor.of(MonthlyRate.class);
        assertThat(d.id()).isEqualTo("monthly-rate");
        assertThat(d.basis().citation()).isEqualTo("京技管发〔2024〕30号 第五条");
        assertThat(d.parameters()).containsExactly("rate");
        assertThat(d.input()).isEqualTo(Input.class);
        assertThat(d.decision()).isEqualTo(Amount.class);
    }

    @Test
    void aRuleThatReadsWhatItDoesNotDeclareIsRefused() {
        assertThatThrownBy(() -> RuleBook.of(List.of(Undeclared.class), FILES))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reads the parameters [rate]")
                .hasMessageContaining("declares []");
    }
}
