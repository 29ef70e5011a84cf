package cn.beijing.platform.guardianship.policy.assessment;

/** 第七条: "社会工作服务机构、法律服务机构或心理服务机构"; anything else is not eligible. */
public enum OrganisationType {
    SOCIAL_WORK_SERVICE,
    LEGAL_SERVICE,
    PSYCHOLOGICAL_SERVICE,
    OTHER
}
