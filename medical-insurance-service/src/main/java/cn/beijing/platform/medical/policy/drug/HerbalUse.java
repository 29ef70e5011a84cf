package cn.beijing.platform.medical.policy.drug;

/** How a herbal piece is prescribed: alone (单味) or in a compound prescription (复方). */
public enum HerbalUse {
    SINGLE,
    COMPOUND
}
