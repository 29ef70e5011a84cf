package cn.beijing.platform.medical.catalogue;

import java.math.BigDecimal;

import cn.beijing.platform.medical.policy.drug.DrugClaimLineDecision;
import cn.beijing.platform.medical.policy.drug.CatalogueDrug;

/**
 * A claim line decided against the catalogue: the drug found (null when not listed or a herbal piece not on a list),
 * the payment standard used (null when none), the policy's decision, and whether the herbal exclusion lists used
 * were SAMPLE data.
 */
public record ClaimLineOutcome(CatalogueDrug drug, BigDecimal paymentStandard, DrugClaimLineDecision decision,
                               boolean sampleData) {
}
