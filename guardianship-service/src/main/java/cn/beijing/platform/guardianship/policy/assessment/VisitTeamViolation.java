package cn.beijing.platform.guardianship.policy.assessment;

/** Stable codes of on-site visit team violations. */
public enum VisitTeamViolation {
    /** 第十一条 "不得少于两名人员". */
    FEWER_THAN_TWO_ASSESSORS("第十一条"),
    /** 第十一条 "应出示工作证件或证明". */
    CREDENTIAL_NOT_SHOWN("第十一条"),
    /** 第十一条 "评估女性未成年人家庭时，应当配备一名女性评估人员". */
    NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR("第十一条"),
    /** 第七条 "…评估人员与未成年人的监护人有利害关系的，应当回避" ([platform rule] applied to every assessor). */
    CONFLICT_OF_INTEREST_RECUSAL_REQUIRED("第七条");

    private final String article;

    VisitTeamViolation(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }
}
