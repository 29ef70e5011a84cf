package cn.beijing.platform.guardianship.policy.assessment;

/** 第七条: "具备社会工作、法律、心理、教育等学历或资格证书" — the field of a degree or certificate. */
public enum QualificationField {
    SOCIAL_WORK,
    LAW,
    PSYCHOLOGY,
    EDUCATION
}
