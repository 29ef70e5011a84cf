package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import cn.beijing.platform.policy.PolicyInputException;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.Money;

/**
 * Exception to weight × rate, 京医保发〔2024〕24号 二(一): "33个耗材集采相关病组(见附件2)维持原病组支付标准"; and to the
 * scope of 三: "全市有住院服务的定点医疗机构在城镇职工和城乡居民基本医疗保险范围内执行33个耗材集采相关病组实际付费" —
 * every hospital, both insurances, paid by DRG at the previous standard.
 * [platform rule] the previous standard is taken from the imported group table as is, for every hospital (the
 * specialty-hospital uplift belongs to the 2.0 rate and is not applied to it).
 */
public final class KeptConsumablesProcurementGroups {

    public boolean applies(DrgGroup group) {
        return group.keptConsumablesProcurementGroup();
    }

    public DrgPaymentStandardDecision standardFor(DrgGroup group, Basis inForce) {
        if (!applies(group)) {
            throw new PolicyInputException("groupCode", group.code() + " is not a kept consumables-procurement group");
        }
        return new DrgPaymentStandardDecision(null, Money.yuan(group.previousStandard()), List.of(
                Basis.of(DRG_2_0, "二(一)"), Basis.of(DRG_2_0, "三"), inForce));
    }
}
