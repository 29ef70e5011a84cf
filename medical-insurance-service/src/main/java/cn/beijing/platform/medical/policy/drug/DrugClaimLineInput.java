package cn.beijing.platform.medical.policy.drug;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One drug line of a claim. {@code paymentStandard} per unit: required for negotiated drugs and for dropped
 * negotiated drugs (their original standard), optional for western/patent drugs (competitive-bid drugs with a
 * standard, newly listed national-procurement drugs), ignored for herbal pieces. {@code herbName}/{@code herbalUse}
 * only for herbal pieces.
 */
public record DrugClaimLineInput(DrugCatalogueStatus status, BigDecimal price, BigDecimal paymentStandard,
                                 BigDecimal quantity, LocalDate serviceDate, String herbName, HerbalUse herbalUse) {

    public static DrugClaimLineInput drug(DrugCatalogueStatus status, BigDecimal price, BigDecimal paymentStandard,
                                          BigDecimal quantity, LocalDate serviceDate) {
        return new DrugClaimLineInput(status, price, paymentStandard, quantity, serviceDate, null, null);
    }

    public static DrugClaimLineInput herbalPiece(String herbName, HerbalUse use, BigDecimal price, BigDecimal quantity,
                                                 LocalDate serviceDate) {
        return new DrugClaimLineInput(DrugCatalogueStatus.CHINESE_HERBAL_PIECE, price, null, quantity, serviceDate,
                herbName, use);
    }
}
