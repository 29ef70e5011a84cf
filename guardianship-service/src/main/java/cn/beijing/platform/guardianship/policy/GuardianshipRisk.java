package cn.beijing.platform.guardianship.policy;

import cn.beijing.platform.common.basis.Basis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The guardianship risk shown by the adverse findings of an assessment (附件 risk marks).
 *
 * <p>[platform rule] The gazette marks each assessment point low/medium(★)/high(★★) but does not say how points
 * combine. The platform takes the highest risk among the adverse findings: any ★★ → HIGH, else any ★ → MEDIUM,
 * else any adverse unmarked point → LOW (parameter {@code low-risk-findings-raise-overall-risk}; when false such
 * findings leave NONE), no adverse finding → NONE. The assessors' own conclusion may differ (第十二条), with a
 * recorded reason ({@link AssessmentProcess#issueReport}).
 */
public final class GuardianshipRisk {

    private final GuardianshipParameters parameters;

    public GuardianshipRisk(GuardianshipParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * @param adverseFindings indicator codes of the points found adverse; duplicates are counted once
     * @param decisionDate    selects the catalogue and parameters in force
     * @throws PolicyInputException {@code adverseFindings} missing, {@code adverseFindings[i]} unknown or blank
     */
    public RiskEvaluation evaluate(List<String> adverseFindings, LocalDate decisionDate) {
        PolicyInputException.required(adverseFindings, "adverseFindings");
        ParameterValue<IndicatorCatalogue> catalogue = parameters.indicatorCatalogue().inForceOn(decisionDate);
        ParameterValue<Boolean> lowRaises = parameters.lowRiskFindingsRaiseOverallRisk().inForceOn(decisionDate);

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
