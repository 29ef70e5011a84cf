package cn.beijing.platform.subsidy.policy.finance;

import java.util.List;

/** What a claim under an article of 京技管发〔2024〕33号 contributes to 就高不重复: one decision, or one per project. */
public interface FinanceSupportClaim {

    List<FinanceSupportDecision> supportDecisions();
}
