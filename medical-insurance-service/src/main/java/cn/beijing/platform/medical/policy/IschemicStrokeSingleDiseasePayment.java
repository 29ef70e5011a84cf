package cn.beijing.platform.medical.policy;

import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.common.basis.Basis;

/**
 * 京医保发〔2024〕24号 五: "取消《…》(京医保发〔2019〕12号)中缺血性脑卒中单病种付费", in force from 2025-01-01 inclusive
 * (parameter {@code ischemic-stroke-single-disease-payment}, by discharge date [platform rule]). A discharge before
 * that is governed by 京医保发〔2019〕12号, which is not in this gazette: refused on {@code dischargeDate}.
 */
public final class IschemicStrokeSingleDiseasePayment {

    private final EffectiveDated<Boolean> available;

    public IschemicStrokeSingleDiseasePayment(EffectiveDated<Boolean> available) {
        this.available = available;
    }

    public SingleDiseasePaymentDecision evaluate(LocalDate dischargeDate) {
        ParameterVersion<Boolean> version = available.requireOn(dischargeDate, "dischargeDate");
        return new SingleDiseasePaymentDecision(dischargeDate, version.value(),
                List.of(Basis.of(DRG_2_0, "五").withParameters(available.citation(version))));
    }
}
