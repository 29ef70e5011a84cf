package cn.beijing.platform.medical.policy.drug;

import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRUG_CATALOGUE_2024;

import cn.beijing.platform.policy.DecidesByDate;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;

/**
 * Exception to the 2024 catalogue, 京医保发〔2024〕21号 一(五): negotiated drugs dropped after a failed renewal get a
 * six-month transition — "2025年6月底前医保基金可按原支付标准继续支付", i.e. service date {@code <=} the last payable
 * day (2025-06-30, parameter {@code dropped-negotiated-drug-transition}). After it they are not payable.
 * A service date before the parameter's {@code valid_from} (the catalogue's start, 2025-01-01) is outside this rule.
 */
@Rule(id = "dropped-negotiated-drug-transition", document = DRUG_CATALOGUE_2024, article = DroppedNegotiatedDrugTransition.ARTICLE,
        parameters = "dropped-negotiated-drug-transition")
public final class DroppedNegotiatedDrugTransition implements DecidesByDate<DroppedNegotiatedDrugTransitionDecision> {

    static final String ARTICLE = "一(五)";

    private final EffectiveDated<LocalDate> lastPayableDay;

    public DroppedNegotiatedDrugTransition(ParameterSet parameters) {
        lastPayableDay = parameters.get("dropped-negotiated-drug-transition", ParameterNode::date);
    }

    /** The transition depends on the service date only (the decision date). */
    @Override
    public DroppedNegotiatedDrugTransitionDecision evaluate(LocalDate serviceDate) {
        InForce<LocalDate> version = lastPayableDay.on(serviceDate, "serviceDate");
        boolean payable = !serviceDate.isAfter(version.value());
        return new DroppedNegotiatedDrugTransitionDecision(serviceDate, payable, version.value(),
                List.of(Basis.of(DRUG_CATALOGUE_2024, ARTICLE).withParameters(version.version())));
    }
}
