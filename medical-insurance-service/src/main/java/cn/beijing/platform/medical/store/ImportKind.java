package cn.beijing.platform.medical.store;

/** What an import loaded. */
public enum ImportKind {
    /** 京医保发〔2024〕21号 附件: the 2024 drug catalogue. */
    DRUG_CATALOGUE,
    /** Medical service price items (look-up table). */
    PRICE_ITEMS,
    /** 京医保发〔2024〕24号 附件1/附件2: DRG 2.0 groups, weights, the 33 kept groups with their previous standards. */
    DRG_GROUP_TABLE,
    /** 京医保发〔2024〕24号 附件3: the 80 designated hospitals (and other hospitals with inpatient service). */
    DRG_HOSPITALS
}
