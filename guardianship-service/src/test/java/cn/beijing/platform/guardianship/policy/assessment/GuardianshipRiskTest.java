package cn.beijing.platform.guardianship.policy.assessment;

import static cn.beijing.platform.guardianship.policy.assessment.ShippedParameters.IN_FORCE;
import static cn.beijing.platform.guardianship.policy.assessment.ShippedParameters.PARAMETERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardianshipRiskTest {

    private final GuardianshipRisk risk = new GuardianshipRisk(PARAMETERS);
    private final LocalDate date = LocalDate.of(2025, 3, 1);

    @Test
    void noAdverseFindingIsNoRisk() {
        RiskEvaluation e = risk.evaluate(List.of(), date);
        assertThat(e.overallRisk()).isEqualTo(OverallRisk.NONE);
        assertThat(e.highRiskFindings()).isEmpty();
        assertThat(e.mediumRiskFindings()).isEmpty();
    }

    @Test
    void onlyLowRiskFindingsAreLowRisk() {
        RiskEvaluation e = risk.evaluate(List.of("A1.1", "B5.2"), date);
        assertThat(e.overallRisk()).isEqualTo(OverallRisk.LOW);
        assertThat(e.lowRiskFindings()).containsExactly("A1.1", "B5.2");
    }

    @Test
    void lowRiskFindingsLeaveNoRiskWhenThePlatformRuleIsSwitchedOff() {
        GuardianshipRisk off = new GuardianshipRisk(ShippedParameters.withLowRiskFindingsRaiseOverallRisk(false));
        assertThat(off.evaluate(List.of("A1.1"), date).overallRisk()).isEqualTo(OverallRisk.NONE);
        assertThat(off.evaluate(List.of("A1.1", "B2.2"), date).overallRisk()).isEqualTo(OverallRisk.MEDIUM);
    }

    @Test
    void oneStarMakesMediumEvenWithManyLowFindings() {
        RiskEvaluation e = risk.evaluate(List.of("A1.1", "A1.2", "B2.2", "B5.1"), date);
        assertThat(e.overallRisk()).isEqualTo(OverallRisk.MEDIUM);
        assertThat(e.mediumRiskFindings()).containsExactly("B2.2");
        assertThat(e.highRiskFindings()).isEmpty();
    }

    @Test
    void twoStarsMakeHighWhateverElse() {
        RiskEvaluation e = risk.evaluate(List.of("A2.2.3", "A4.1.2", "A1.1", "B2.3.1"), date);
        assertThat(e.overallRisk()).isEqualTo(OverallRisk.HIGH);
        assertThat(e.highRiskFindings()).containsExactly("A4.1.2", "B2.3.1");
        assertThat(e.mediumRiskFindings()).containsExactly("A2.2.3");
    }

    @Test
    void countsARepeatedFindingOnce() {
        RiskEvaluation e = risk.evaluate(List.of("A4.1.2", "A4.1.2"), date);
        assertThat(e.highRiskFindings()).containsExactly("A4.1.2");
    }

    @Test
    void namesTheUnknownFindingByIndex() {
        assertThatThrownBy(() -> risk.evaluate(List.of("A1.1", "B2.2", "C1.1"), date))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("adverseFindings[2]"));
        assertThatThrownBy(() -> risk.evaluate(Arrays.asList("A1.1", null), date))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("adverseFindings[1]"));
        assertThatThrownBy(() -> risk.evaluate(null, date))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("adverseFindings"));
    }

    @Test
    void citesTheAnnexWithTheCatalogueAndRuleVersions() {
        List<Basis> basis = risk.evaluate(List.of("A1.1"), date).basis();
        assertThat(basis).containsExactly(
                new Basis("京民儿福发〔2024〕103号", "附件", "guardianship-indicators@2024-11-18"),
                new Basis("京民儿福发〔2024〕103号", "附件", "low-risk-findings-raise-overall-risk@2024-11-18"));
    }

    @Test
    void appliesFromTheDayOfIssueAndNotBefore() {
        assertThat(risk.evaluate(List.of("A3.1.2"), IN_FORCE).overallRisk()).isEqualTo(OverallRisk.HIGH);
        assertThatThrownBy(() -> risk.evaluate(List.of("A3.1.2"), IN_FORCE.minusDays(1)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("decisionDate"));
    }
}
