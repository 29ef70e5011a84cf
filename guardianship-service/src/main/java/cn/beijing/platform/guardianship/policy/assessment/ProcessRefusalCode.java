package cn.beijing.platform.guardianship.policy.assessment;

/** Stable codes of refused assessment steps. */
public enum ProcessRefusalCode {
    /** 第十八条: the conclusion was declared invalid; the assessment accepts no further step (police reports excepted). */
    ASSESSMENT_INVALIDATED,
    /** 第十条: the written notice is already recorded. */
    WRITTEN_NOTICE_ALREADY_GIVEN,
    /** 第十条: no written notice to the assessed party before the visit. */
    WRITTEN_NOTICE_MISSING,
    /** 第六条: the agency's team lacks its own staff or a social-work/legal/psychology/education professional. */
    TEAM_COMPOSITION_INCOMPLETE,
    /** 第七条 ([platform rule] for agency staff): a team member with an interest in the guardian must recuse. */
    MEMBER_RECUSAL_REQUIRED,
    /** 第七条: the entrustment of the third party does not meet the article. */
    ENTRUSTMENT_NOT_COMPLIANT,
    /** 第六条/第七条: no team or third party assigned before the visit. */
    TEAM_NOT_ASSIGNED,
    /** 第十一条 / 第七条: the visiting assessors do not meet the visit rules. */
    VISIT_TEAM_NOT_COMPLIANT,
    /** 第十一条: no reference to the archived record of the visit. */
    RECORDING_NOT_ARCHIVED,
    /** 第十一条: the minor is 满八周岁 and their views were not recorded. */
    MINOR_VIEWS_NOT_RECORDED,
    /** 第九条: findings need at least one on-site visit (实地评估为主). */
    NO_ONSITE_VISIT,
    /** 第十二条: the report needs recorded findings. */
    FINDINGS_NOT_RECORDED,
    /** 第十二条: the report is issued; findings, team, visits and the report itself are closed. */
    REPORT_ALREADY_ISSUED,
    /** 第十二条: the report gives no intervention/assistance recommendation. */
    RECOMMENDATIONS_MISSING,
    /** 附件 + [platform rule]: the risk conclusion differs from the computed overall risk without a reason. */
    DIFFERING_RISK_CONCLUSION_WITHOUT_REASON,
    /** 第十四条 + [platform rule]: a due police report has not been made. */
    POLICE_REPORT_OUTSTANDING,
    /** 第十三条 / [platform rule] 第十二条: the step needs the issued report. */
    REPORT_NOT_ISSUED,
    /** 第十三条: the written notice of problems is already recorded. */
    PROBLEMS_ALREADY_NOTIFIED,
    /** 第十六条: no fee of any kind is charged to the assessed party. */
    FEE_NOT_PERMITTED,
    /** 第十八条: there is no conclusion to invalidate yet. */
    NO_CONCLUSION_TO_INVALIDATE,
    /** 第十八条: the conclusion is already invalid. */
    ALREADY_INVALIDATED,
    /** 第十四条: the stated grounds do not amount to serious harm/infringement suspected unlawful or criminal. */
    POLICE_REPORT_GROUNDS_NOT_MET,
    /** 京民社救发〔2024〕111号 二(二)4 ([platform rule] also for government relief): no recorded prior consent. */
    CONSENT_NOT_RECORDED,
    /** 京民社救发〔2024〕111号 二(二)4: charity help is for households not yet eligible or still in difficulty after relief. */
    CHARITY_REFERRAL_NOT_INDICATED
}
