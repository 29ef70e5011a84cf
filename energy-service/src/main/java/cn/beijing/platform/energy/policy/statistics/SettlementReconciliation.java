package cn.beijing.platform.energy.policy.statistics;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * Owner-reported consumption against the utility's settlement figure for the same building, carrier and year
 * (京建法〔2024〕13号 第五条: owners report their consumption, utilities report settlement data of the samples).
 *
 * <p>[platform rule] The text does not say how to reconcile the two. A comparison is flagged for the joint review
 * of 第七条(三) when {@code |owner − utility| > tolerance × utility} (the tolerance is a ratio parameter; a
 * difference exactly at the tolerance is not flagged), when either figure is missing, or when the utility settled
 * zero and the owner reported a non-zero quantity.
 */
@Rule(id = "settlement-reconciliation", document = EnergyDocuments.STATISTICS, article = "第五条",
        parameters = "settlement-reconciliation-tolerance")
public final class SettlementReconciliation implements Decides<SettlementReconciliation.Comparison, SettlementReconciliation.Decision> {


    /**
     * @param carrier      one of the carriers utilities settle (electricity, natural gas, heat, water)
     * @param ownerFigure  the owner's reported quantity, {@code null} when not reported
     * @param utilityFigure the utility's settlement quantity, {@code null} when not reported
     */
    public record Comparison(String buildingId, EnergyCarrier carrier, int year, BigDecimal ownerFigure,
                             BigDecimal utilityFigure) {
    }

    public enum FlagReason {
        DIFFERENCE_ABOVE_TOLERANCE,
        OWNER_FIGURE_MISSING,
        UTILITY_FIGURE_MISSING,
        UTILITY_FIGURE_ZERO
    }

    /**
     * @param difference         owner − utility, {@code null} when a figure is missing
     * @param relativeDifference |owner − utility| ÷ utility (16 significant digits), {@code null} when not defined
     * @param reason             why flagged, {@code null} when not flagged
     */
    public record Decision(String buildingId, EnergyCarrier carrier, int year, BigDecimal ownerFigure,
                           BigDecimal utilityFigure, BigDecimal difference, BigDecimal relativeDifference,
                           BigDecimal tolerance, boolean flagged, FlagReason reason, List<Basis> basis) {
        public Decision {
            basis = List.copyOf(basis);
        }
    }

    /** [platform rule] accepted relative difference, e.g. 0.05. */
    private final EffectiveDated<BigDecimal> tolerance;

    public SettlementReconciliation(ParameterSet parameters) {
        tolerance = parameters.get("settlement-reconciliation-tolerance", ParameterNode::ratio);
    }

    @Override
    public Decision decide(Comparison comparison, LocalDate decisionDate) {
        return reconcile(comparison, decisionDate);
    }

    public List<Decision> reconcile(List<Comparison> comparisons, LocalDate decisionDate) {
        Inputs.required("comparisons", comparisons);
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            decisions.add(reconcile(comparisons.get(i), decisionDate, "comparisons[" + i + "]."));
        }
        return decisions;
    }

    public Decision reconcile(Comparison comparison, LocalDate decisionDate) {
        return reconcile(comparison, decisionDate, "");
    }

    private Decision reconcile(Comparison c, LocalDate decisionDate, String prefix) {
        Inputs.required(prefix.isEmpty() ? "comparison" : prefix.substring(0, prefix.length() - 1), c);
        Inputs.required("decisionDate", decisionDate);
        String buildingId = Inputs.nonBlank(prefix + "buildingId", c.buildingId());
        EnergyCarrier carrier = Inputs.required(prefix + "carrier", c.carrier());
        if (!carrier.settledByUtility()) {
            throw new PolicyInputException(prefix + "carrier", carrier + " has no utility settlement data"
                    + " (第五条: 用电、用气、用热、用水)");
        }
        BigDecimal owner = c.ownerFigure();
        BigDecimal utility = c.utilityFigure();
        if (owner != null && owner.signum() < 0) {
            throw new PolicyInputException(prefix + "ownerFigure", "must not be negative");
        }
        if (utility != null && utility.signum() < 0) {
            throw new PolicyInputException(prefix + "utilityFigure", "must not be negative");
        }
        InForce<BigDecimal> tolerance = this.tolerance.on(decisionDate);
        List<Basis> basis = List.of(EnergyDocuments.statistics("第五条", tolerance),
                EnergyDocuments.statistics("第七条"));

        BigDecimal difference = null;
        BigDecimal relative = null;
        FlagReason reason;
        if (owner == null) {
            reason = FlagReason.OWNER_FIGURE_MISSING;
        } else if (utility == null) {
            reason = FlagReason.UTILITY_FIGURE_MISSING;
        } else {
            difference = owner.subtract(utility);
            if (utility.signum() == 0) {
                reason = owner.signum() == 0 ? null : FlagReason.UTILITY_FIGURE_ZERO;
            } else {
                relative = difference.abs().divide(utility, MathContext.DECIMAL64);
                reason = difference.abs().compareTo(tolerance.value().multiply(utility)) > 0
                        ? FlagReason.DIFFERENCE_ABOVE_TOLERANCE : null;
            }
        }
        return new Decision(buildingId, carrier, c.year(), owner, utility, difference, relative, tolerance.value(),
                reason != null, reason, basis);
    }
}
