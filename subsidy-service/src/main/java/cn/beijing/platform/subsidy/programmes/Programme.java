package cn.beijing.platform.subsidy.programmes;

import cn.beijing.platform.subsidy.policy.Documents;

/** The enterprise programmes an application can be made under. */
public enum Programme {
    /** 京技管发〔2024〕31号, 从优不重复. */
    SCI_TECH_CULTURE(Documents.SCI_TECH_CULTURE),
    /** 京技管发〔2024〕33号, 就高不重复. */
    INDUSTRIAL_FINANCE(Documents.INDUSTRIAL_FINANCE),
    /** 京人社毕发〔2024〕16号 一、(一). */
    YOUTH_EMPLOYMENT(Documents.YOUTH_EMPLOYMENT);

    private final String document;

    Programme(String document) {
        this.document = document;
    }

    public String document() {
        return document;
    }
}
