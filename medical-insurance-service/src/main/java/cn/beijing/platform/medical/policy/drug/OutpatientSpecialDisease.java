package cn.beijing.platform.medical.policy.drug;

/** Beijing outpatient special diseases (门诊特殊疾病) whose drug scope 京医保发〔2024〕21号 二(六)/二(七) extends. */
public enum OutpatientSpecialDisease {
    MALIGNANT_TUMOUR_OUTPATIENT_TREATMENT("恶性肿瘤门诊治疗"),
    RENAL_DIALYSIS("肾透析"),
    APLASTIC_ANAEMIA("再生障碍性贫血"),
    FUNDUS_LESION_INTRAOCULAR_INJECTION("眼底病变眼内注射治疗");

    private final String printedName;

    OutpatientSpecialDisease(String printedName) {
        this.printedName = printedName;
    }

    /** The name as printed in the gazette. */
    public String printedName() {
        return printedName;
    }
}
