package cn.beijing.platform.guardianship.policy.assessment;

/**
 * 第四条: the occasions on which agencies assess family guardianship capacity. All are "根据需要" (as needed) except
 * returning a minor to the guardian after temporary guardianship: "应当进行家庭监护能力评估".
 */
public enum AssessmentTrigger {
    /** 困境儿童身份认定. */
    CHILD_IN_DIFFICULTY_IDENTIFICATION("困境儿童身份认定", false),
    /** 儿童收养. */
    ADOPTION("儿童收养", false),
    /** 办理未成年人违法犯罪案件. */
    JUVENILE_OFFENCE_CASE("办理未成年人违法犯罪案件", false),
    /** 办理涉及未成年人的婚姻家庭纠纷案件. */
    FAMILY_DISPUTE_CASE_INVOLVING_MINOR("办理涉及未成年人的婚姻家庭纠纷案件", false),
    /** 办理侵害未成年人权益案件. */
    MINOR_RIGHTS_INFRINGEMENT_CASE("办理侵害未成年人权益案件", false),
    /** 提供监护指导. */
    GUARDIANSHIP_GUIDANCE("提供监护指导", false),
    /** 提供家庭教育指导. */
    FAMILY_EDUCATION_GUIDANCE("提供家庭教育指导", false),
    /** 提供救助保护. */
    RESCUE_AND_PROTECTION("提供救助保护", false),
    /** 提供关爱帮扶等支持和服务. */
    CARE_AND_ASSISTANCE("提供关爱帮扶等支持和服务", false),
    /** 在临时监护期间将未成年人送回监护人抚养: mandatory. */
    RETURN_TO_GUARDIAN_AFTER_TEMPORARY_GUARDIANSHIP("在临时监护期间将未成年人送回监护人抚养", true);

    private final String gazetteWording;
    private final boolean mandatory;

    AssessmentTrigger(String gazetteWording, boolean mandatory) {
        this.gazetteWording = gazetteWording;
        this.mandatory = mandatory;
    }

    public String gazetteWording() {
        return gazetteWording;
    }

    /** True when 第四条 says the assessment "应当" be carried out. */
    public boolean mandatory() {
        return mandatory;
    }
}
