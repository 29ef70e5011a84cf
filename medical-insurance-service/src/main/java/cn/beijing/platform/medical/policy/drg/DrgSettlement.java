package cn.beijing.platform.medical.policy.drg;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.DecidesByInput;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.Money;

/**
 * Settles cases under 京医保发〔2024〕24号.
 * <p>
 * <b>Scope (三)</b>: at the 80 designated hospitals, employee insurance: 632 groups DRG-paid, the other 50 per item
 * with DRG simulated; at every hospital with inpatient service, both insurances: the 33 kept groups DRG-paid at their
 * previous standard (the named exception {@link KeptConsumablesProcurementGroups}). Everything else is not DRG-paid
 * under this notice ([platform rule]: settled per item).
 * <p>
 * <b>Surplus retention (二(二))</b>: employee insurance retains the whole surplus, resident insurance 50% (parameter
 * {@code drg-surplus-retention}). [platform rule] surplus = standard − actual cost when actual cost {@code <} standard;
 * retained share = surplus × ratio, HALF_UP 0.01; payment = actual cost + retained share. When actual cost
 * {@code >=} standard the payment is the standard (no surplus).
 * <p>
 * <b>Special cases (四)</b>: a DRG-paid case approved as 特例单议 is paid per item (payment = actual cost).
 * <p>
 * <b>Weights</b>: the group table given is the version in force for the case ({@link DrgGroupTableVersions}); a
 * weight from an adopted version is cited with that version.
 */
@Rule(id = "drg-payment-evaluation", document = DRG_2_0, article = "二(二)", parameters = "drg-surplus-retention")
public final class DrgSettlement implements DecidesByInput<DrgPaymentEvaluationInput, DrgPaymentEvaluation> {

    private final DrgPaymentStandard paymentStandard;
    private final EffectiveDated<SurplusRetentionRatios> retention;
    private final KeptConsumablesProcurementGroups keptGroups;
    private final DrgHighCostOutlier highCostOutlier;

    public DrgSettlement(ParameterSet parameters, DrgPaymentStandard paymentStandard,
                         KeptConsumablesProcurementGroups keptGroups, DrgHighCostOutlier highCostOutlier) {
        this.paymentStandard = paymentStandard;
        this.retention = parameters.get("drg-surplus-retention",
                v -> new SurplusRetentionRatios(v.decimal("EMPLOYEE"), v.decimal("RESIDENT")));
        this.keptGroups = keptGroups;
        this.highCostOutlier = highCostOutlier;
    }

    /**
     * The stateless calculator: a DRG-paid case priced by weight × rate, with the retention of its insurance; the
     * input's discharge date decides.
     */
    @Override
    public DrgPaymentEvaluation evaluate(DrgPaymentEvaluationInput input) {
        Inputs.required("input", input);
        Insurance insurance = Inputs.required("insurance", input.insurance());
        BigDecimal cost = Inputs.nonNegative("actualCost", input.actualCost());
        DrgPaymentStandardDecision standard = paymentStandard.standardFor(input.weight(),
                input.infectiousDiseaseSpecialty(), input.dischargeDate());
        return pay(standard, insurance, cost, input.dischargeDate());
    }

    /** A case with its group and hospital: scope of 三, the kept-groups exception, special cases. */
    public DrgCaseSettlementDecision settle(DrgCaseInput input, DrgGroupTable groups, DesignatedHospitals hospitals) {
        Inputs.required("input", input);
        String groupCode = Inputs.code("groupCode", input.groupCode());
        Inputs.code("hospitalCode", input.hospitalCode());
        Insurance insurance = Inputs.required("insurance", input.insurance());
        BigDecimal cost = Inputs.nonNegative("actualCost", input.actualCost());
        LocalDate discharge = input.dischargeDate();
        Basis inForce = paymentStandard.inForceBasis(discharge);
        DrgGroup group = groups.group(groupCode).orElseThrow(() -> new PolicyInputException("groupCode",
                groupCode + " is not in the DRG 2.0 group table " + groups.source()));
        Basis scope = Basis.of(DRG_2_0, "三");

        DrgPaymentStandardDecision standard;
        DrgPaymentMethod method;
        if (keptGroups.applies(group)) {
            standard = keptGroups.standardFor(group, inForce);
            method = DrgPaymentMethod.DRG_KEPT_PREVIOUS_STANDARD;
        } else if (insurance == Insurance.EMPLOYEE && hospitals.contains(input.hospitalCode())) {
            standard = withBasis(paymentStandard.standardFor(group.weight(), input.infectiousDiseaseSpecialty(),
                    discharge), scope);
            // a weight from an adopted version of the group table (二(一)) names that version
            Optional<String> weightVersion = groups.weightVersion(groupCode);
            if (weightVersion.isPresent()) {
                standard = withBasis(standard, Basis.of(DRG_2_0, "二(一)").withParameters(weightVersion.get()));
            }
            method = group.designatedEmployeePayment() == DesignatedEmployeePayment.DRG
                    ? DrgPaymentMethod.DRG : DrgPaymentMethod.PER_ITEM_WITH_DRG_SIMULATION;
        } else {
            if (input.approvedSpecialCase()) {
                throw new PolicyInputException("approvedSpecialCase", "only DRG-paid cases can be special cases");
            }
            return new DrgCaseSettlementDecision(groupCode, DrgPaymentMethod.NOT_DRG_PAID, null, null,
                    Money.yuan(cost), Money.zero(), null, null, List.of(scope, inForce));
        }

        HighCostOutlierFlag highCost = input.hospitalLevel() == null ? null
                : highCostOutlier.flag(cost, standard.standard(), input.hospitalLevel(), discharge);

        if (method == DrgPaymentMethod.PER_ITEM_WITH_DRG_SIMULATION) {
            if (input.approvedSpecialCase()) {
                throw new PolicyInputException("approvedSpecialCase", "only DRG-paid cases can be special cases");
            }
            DrgPaymentEvaluation simulation = pay(standard, insurance, cost, discharge);
            return new DrgCaseSettlementDecision(groupCode, method, standard.rate(), standard.standard(),
                    Money.yuan(cost), Money.zero(), simulation, highCost, standard.basis());
        }
        if (input.approvedSpecialCase()) {
            return new DrgCaseSettlementDecision(groupCode, DrgPaymentMethod.SPECIAL_CASE_PER_ITEM, standard.rate(),
                    standard.standard(), Money.yuan(cost), Money.zero(), null, highCost,
                    concat(standard.basis(), List.of(Basis.of(DRG_2_0, "四"))));
        }
        DrgPaymentEvaluation paid = pay(standard, insurance, cost, discharge);
        return new DrgCaseSettlementDecision(groupCode, method, paid.rate(), paid.standard(), paid.payment(),
                paid.retainedSurplus(), null, highCost, paid.basis());
    }

    private DrgPaymentEvaluation pay(DrgPaymentStandardDecision standard, Insurance insurance, BigDecimal cost,
                                     LocalDate discharge) {
        InForce<SurplusRetentionRatios> ratios = retention.on(discharge, "dischargeDate");
        List<Basis> basis = concat(standard.basis(),
                List.of(Basis.of(DRG_2_0, "二(二)").withParameters(ratios.version())));
        if (cost.compareTo(standard.standard()) >= 0) {
            return new DrgPaymentEvaluation(standard.rate(), standard.standard(), standard.standard(), Money.zero(),
                    basis);
        }
        BigDecimal retained = Money.yuan(standard.standard().subtract(cost).multiply(ratios.value().of(insurance)));
        return new DrgPaymentEvaluation(standard.rate(), standard.standard(), Money.yuan(cost.add(retained)),
                retained, basis);
    }

    private static DrgPaymentStandardDecision withBasis(DrgPaymentStandardDecision standard, Basis more) {
        return new DrgPaymentStandardDecision(standard.rate(), standard.standard(),
                concat(standard.basis(), List.of(more)));
    }

    private static List<Basis> concat(List<Basis> first, List<Basis> more) {
        List<Basis> all = new ArrayList<>(first);
        all.addAll(more);
        return all;
    }
}
