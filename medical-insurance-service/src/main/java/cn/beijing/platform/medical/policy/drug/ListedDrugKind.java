package cn.beijing.platform.medical.policy.drug;

/** Which listing-price ceiling of 京医保发〔2024〕21号 applies to a drug listed on the procurement platform. */
public enum ListedDrugKind {
    /** 谈判药品: listing price {@code <=} the payment standard of the 2024 catalogue (三(九)). */
    NEGOTIATED_DRUG,
    /**
     * A drug with the same generic name launched during the agreement period: listing price {@code <=} the payment
     * standard of the same specification (一(四), 三(九)).
     */
    SAME_GENERIC_NAME_DURING_AGREEMENT,
    /** An enterprise that took part in the on-site bidding: listing price {@code <=} its bid quotation while the
     * payment standard is valid (三(九)); the quotation is notified separately, so it is an input. */
    ON_SITE_BID
}
