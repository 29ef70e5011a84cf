package cn.beijing.platform.medical.policy.drug;

/** Where a drug on a claim line stands in the 2024 catalogue (京医保发〔2024〕21号 一(二)). */
public enum DrugCatalogueStatus {
    /** 西药 part (inclusion method). */
    WESTERN_MEDICINE,
    /** 中成药 part (inclusion method). */
    CHINESE_PATENT_MEDICINE,
    /** 协议期内谈判药品 part (inclusion method); always carries a payment standard. */
    NEGOTIATED_DRUG,
    /** 中药饮片 part (exclusion method): payable unless on an exclusion list. */
    CHINESE_HERBAL_PIECE,
    /** A negotiated drug dropped after a failed renewal (一(五) transition). */
    DROPPED_NEGOTIATED_DRUG,
    /** Not in the western, patent or negotiated parts: not payable. */
    NOT_LISTED
}
