package cn.beijing.platform.medical.policy.drug;

import java.math.BigDecimal;

/**
 * A listing price on the procurement platform and its ceiling: the payment standard {@code S} (negotiated drug,
 * same generic name) or the bid quotation (on-site bid).
 */
public record ListingPriceInput(ListedDrugKind kind, BigDecimal listingPrice, BigDecimal ceiling) {
}
