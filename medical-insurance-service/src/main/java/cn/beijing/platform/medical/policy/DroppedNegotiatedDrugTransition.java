package cn.beijing.platform.medical.policy;

import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRUG_CATALOGUE_2024;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.common.basis.Basis;

/**
 * Exception to the 2024 catalogue, 京医保发〔2024〕21号 一(五): negotiated drugs dropped after a failed renewal get a
 * six-month transition — "2025年6月底前医保基金可按原支付标准继续支付", i.e. service date {@code <=} the last payable
 * day (2025-06-30, parameter {@code dropped-negotiated-drug-transition}). After it they are not payable.
 * A service date before the parameter's {@code valid_from} (the catalogue's start, 2025-01-01) is outside this rule.
 */
public final class DroppedNegotiatedDrugTransition {

    static final String ARTICLE = "一(五)";

    private final EffectiveDated<LocalDate> lastPayableDay;

    public DroppedNegotiatedDrugTransition(EffectiveDated<LocalDate> lastPayableDay) {
        this.lastPayableDay = lastPayableDay;
    }

    public DroppedNegotiatedDrugTransitionDecision evaluate(LocalDate serviceDate) {
        ParameterVersion<LocalDate> version = lastPayableDay.requireOn(serviceDate, "serviceDate");
        boolean payable = !serviceDate.isAfter(version.value());
        return new DroppedNegotiatedDrugTransitionDecision(serviceDate, payable, version.value(),
                List.of(Basis.of(DRUG_CATALOGUE_2024, ARTICLE).withParameters(lastPayableDay.citation(version))));
    }
}
