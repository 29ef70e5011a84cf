package cn.beijing.platform.guardianship.policy.assessment;

/** 第六条: "本单位相关工作人员和其他社会工作、法律、心理、教育等专业人员". */
public enum MemberRole {
    AGENCY_STAFF(false),
    SOCIAL_WORK_PROFESSIONAL(true),
    LEGAL_PROFESSIONAL(true),
    PSYCHOLOGY_PROFESSIONAL(true),
    EDUCATION_PROFESSIONAL(true);

    private final boolean professional;

    MemberRole(boolean professional) {
        this.professional = professional;
    }

    public boolean professional() {
        return professional;
    }
}
