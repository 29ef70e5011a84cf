package cn.beijing.platform.medical.policy;

/** How a herbal piece is prescribed: alone (单味) or in a compound prescription (复方). */
public enum HerbalUse {
    SINGLE,
    COMPOUND
}
