package cn.beijing.platform.medical.policy.drug;

/** The four parts of the 2024 catalogue (京医保发〔2024〕21号 一(二)). */
public enum DrugCataloguePart {
    /** 西药 (inclusion list). */
    WESTERN_MEDICINE,
    /** 中成药 (inclusion list). */
    CHINESE_PATENT_MEDICINE,
    /** 协议期内谈判药品 (inclusion list, always with a national payment standard). */
    NEGOTIATED_DRUG,
    /** 中药饮片 (exclusion lists: a row here names a piece that is NOT payable alone, or not at all). */
    CHINESE_HERBAL_PIECE
}
