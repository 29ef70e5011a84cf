package cn.beijing.platform.medical.policy.resident;

/** Categories of urban and rural residents in 京医保发〔2024〕23号. */
public enum ResidentCategory {
    ELDERLY("城乡老年人"),
    STUDENT_CHILD("学生儿童"),
    WORKING_AGE("劳动年龄内居民");

    private final String printedName;

    ResidentCategory(String printedName) {
        this.printedName = printedName;
    }

    public String printedName() {
        return printedName;
    }
}
