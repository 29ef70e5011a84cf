package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

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
 * 京医保发〔2024〕24号 五: "取消《…》(京医保发〔2019〕12号)中缺血性脑卒中单病种付费", in force from 2025-01-01 inclusive
 * (parameter {@code ischemic-stroke-single-disease-payment}, by discharge date [platform rule]). A discharge before
 * that is governed by 京医保发〔2019〕12号, which is not in this gazette: refused on {@code dischargeDate}.
 */
@Rule(id = "ischemic-stroke-single-disease-payment", document = DRG_2_0, article = "五",
        parameters = "ischemic-stroke-single-disease-payment")
public final class IschemicStrokeSingleDiseasePayment implements DecidesByDate<SingleDiseasePaymentDecision> {

    private final EffectiveDated<Boolean> available;

    public IschemicStrokeSingleDiseasePayment(ParameterSet parameters) {
        available = parameters.get("ischemic-stroke-single-disease-payment", ParameterNode::flag);
    }

    /** Availability depends on the discharge date only (the decision date). */
    @Override
    public SingleDiseasePaymentDecision evaluate(LocalDate dischargeDate) {
        InForce<Boolean> version = available.on(dischargeDate, "dischargeDate");
        return new SingleDiseasePaymentDecision(dischargeDate, version.value(),
                List.of(Basis.of(DRG_2_0, "五").withParameters(version.version())));
    }
}
