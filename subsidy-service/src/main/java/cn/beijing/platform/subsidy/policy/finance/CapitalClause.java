package cn.beijing.platform.subsidy.policy.finance;

/** The two clauses of 京技管发〔2024〕33号 第八条, 第十条 and 第十一条. */
public enum CapitalClause {
    /** 落户: the paid-in capital of a newly established institution. */
    ESTABLISHMENT,
    /** 增资: one capital increase. */
    CAPITAL_INCREASE;

    /** The clause claimed; none means establishment. */
    static CapitalClause of(CapitalClause clause) {
        return clause == null ? ESTABLISHMENT : clause;
    }
}
