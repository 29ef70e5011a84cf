package cn.beijing.platform.guardianship.policy.assessment;

/**
 * 第二条, 第五条: "民政、公安、人民法院、人民检察院、共青团、妇联等有关部门" carry out the assessment, themselves
 * (第六条) or by entrusting a third party (第七条). The list ends with "等": other relevant departments are possible.
 */
public enum AssessingAgency {
    CIVIL_AFFAIRS("民政"),
    PUBLIC_SECURITY("公安"),
    PEOPLES_COURT("人民法院"),
    PEOPLES_PROCURATORATE("人民检察院"),
    COMMUNIST_YOUTH_LEAGUE("共青团"),
    WOMENS_FEDERATION("妇联"),
    /** The "等有关部门" of 第二条/第五条. */
    OTHER_RELEVANT_DEPARTMENT("等有关部门");

    private final String gazetteWording;

    AssessingAgency(String gazetteWording) {
        this.gazetteWording = gazetteWording;
    }

    public String gazetteWording() {
        return gazetteWording;
    }
}
