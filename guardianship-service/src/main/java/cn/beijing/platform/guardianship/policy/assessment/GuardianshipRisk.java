package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import cn.beijing.platform.guardianship.policy.GazetteCitations;

/**
 * The guardianship risk shown by the adverse findings of an assessment (附件 risk marks).
 *
 * <p>[platform rule] The gazette marks each assessment point low/medium(★)/high(★★) but does not say how points
 * combine. The platform takes the highest risk among the adverse findings: any ★★ → HIGH, else any ★ → MEDIUM,
 * else any adverse unmarked point → LOW (parameter {@code low-risk-findings-raise-overall-risk}; when false such
 * findings leave NONE), no adverse finding → NONE. The assessors' own conclusion may differ (第十二条), with a
 * recorded reason ({@link AssessmentProcess#issueReport}).
 */
@Rule(id = "guardianship-risk", document = GazetteCitations.ASSESSMENT_MEASURES, article = "附件",
        parameters = {"guardianship-indicators", "low-risk-findings-raise-overall-risk"})
public final class GuardianshipRisk implements Decides<GuardianshipRisk.Input, RiskEvaluation> {

    /** @param adverseFindings indicator codes of the points found adverse */
    public record Input(List<String> adverseFindings) {
    }

    private final EffectiveDated<IndicatorCatalogue> indicatorCatalogue;
    private final EffectiveDated<Boolean> lowRiskFindingsRaiseOverallRisk;

    public GuardianshipRisk(ParameterSet parameters) {
        indicatorCatalogue = parameters.get("guardianship-indicators", IndicatorCatalogue::read);
        lowRiskFindingsRaiseOverallRisk = parameters.get("low-risk-findings-raise-overall-risk", ParameterNode::flag);
    }

    @Override
    public RiskEvaluation decide(Input input, LocalDate decisionDate) {
        return evaluate(Inputs.required("input", input).adverseFindings(), decisionDate);
    }

    /** The indicator catalogue of the 附件 in force on {@code date} (errors name {@code field}). */
    public IndicatorCatalogue catalogue(LocalDate date, String field) {
        return indicatorCatalogue.on(date, field).value();
    }

    /**
     * @param adverseFindings indicator codes of the points found adverse; duplicates are counted once
     * @param decisionDate    selects the catalogue and parameters in force
     * @throws PolicyInputException {@code adverseFindings} missing, {@code adverseFindings[i]} unknown or blank
     */
    public RiskEvaluation evaluate(List<String> adverseFindings, LocalDate decisionDate) {
        Inputs.required("adverseFindings", adverseFindings);
        InForce<IndicatorCatalogue> catalogue = indicatorCatalogue.on(decisionDate);
        InForce<Boolean> lowRaises = lowRiskFindingsRaiseOverallRisk.on(decisionDate);

        Set<String> seen = new LinkedHashSet<>();
        List<String> high = new ArrayList<>();
        List<String> medium = new ArrayList<>();
        List<String> low = new ArrayList<>();
        for (int i = 0; i < adverseFindings.size(); i++) {
            String code = adverseFindings.get(i);
            AssessmentPoint point = catalogue.value().point(code, "adverseFindings[" + i + "]");
            if (!seen.add(point.code())) {
                continue;
            }
            switch (point.risk()) {
                case HIGH -> high.add(point.code());
                case MEDIUM -> medium.add(point.code());
                case LOW -> low.add(point.code());
            }
        }

        OverallRisk overall;
        if (!high.isEmpty()) {
            overall = OverallRisk.HIGH;
        } else if (!medium.isEmpty()) {
            overall = OverallRisk.MEDIUM;
        } else if (!low.isEmpty() && lowRaises.value()) {
            overall = OverallRisk.LOW;
        } else {
            overall = OverallRisk.NONE;
        }

        List<Basis> basis = List.of(
                GazetteCitations.measures("附件", catalogue),
                // [platform rule] highest risk among adverse findings
                GazetteCitations.measures("附件", lowRaises));
        return new RiskEvaluation(overall, high, medium, low, basis);
    }
}
