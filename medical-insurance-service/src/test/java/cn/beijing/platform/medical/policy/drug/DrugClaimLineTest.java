package cn.beijing.platform.medical.policy.drug;

import static cn.beijing.platform.medical.policy.ShippedParameters.d;
import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import cn.beijing.platform.medical.policy.ShippedParameters;

class DrugClaimLineTest {

    private final DrugClaimLine rule = ShippedParameters.RULES.get(DrugClaimLine.class);

    private DrugClaimLineDecision line(DrugCatalogueStatus status, String price, String standard, String quantity,
                                       String date) {
        return rule.evaluate(DrugClaimLineInput.drug(status, d(price), standard == null ? null : d(standard), d(quantity),
                day(date)));
    }

    @Test
    void aBidDrugAboveItsStandardLeavesTheExcessToTheInsured() {
        DrugClaimLineDecision decision = line(DrugCatalogueStatus.WESTERN_MEDICINE, "12.50", "10.00", "4", "2025-01-01");
        assertThat(decision.payable()).isTrue();
        assertThat(decision.reimbursableBase()).isEqualByComparingTo("40.00");
        assertThat(decision.insuredExtra()).isEqualByComparingTo("10.00");
        assertThat(decision.basis()).extracting("article").containsExactly("一(二)", "一(三)", "三(十四)");
    }

    @Test
    void aListedDrugWithoutStandardIsReimbursableInFull() {
        DrugClaimLineDecision decision = line(DrugCatalogueStatus.CHINESE_PATENT_MEDICINE, "12.50", null, "2",
                "2025-01-01");
        assertThat(decision.reimbursableBase()).isEqualByComparingTo("25.00");
        assertThat(decision.insuredExtra()).isEqualByComparingTo("0.00");
    }

    @Test
    void aNegotiatedDrugNeedsItsStandard() {
        assertThatThrownBy(() -> line(DrugCatalogueStatus.NEGOTIATED_DRUG, "10", null, "1", "2025-01-01"))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("paymentStandard"));
        DrugClaimLineDecision atStandard = line(DrugCatalogueStatus.NEGOTIATED_DRUG, "10.00", "10.00", "1", "2025-01-01");
        assertThat(atStandard.reimbursableBase()).isEqualByComparingTo("10.00");
        assertThat(atStandard.insuredExtra()).isEqualByComparingTo("0.00");
    }

    @Test
    void aDroppedNegotiatedDrugIsPaidAtItsOriginalStandardUntilJune30() {
        DrugClaimLineDecision lastDay = line(DrugCatalogueStatus.DROPPED_NEGOTIATED_DRUG, "110.00", "100.00", "1",
                "2025-06-30");
        assertThat(lastDay.payable()).isTrue();
        assertThat(lastDay.reimbursableBase()).isEqualByComparingTo("100.00");
        assertThat(lastDay.insuredExtra()).isEqualByComparingTo("10.00");
        assertThat(lastDay.basis()).extracting("article").contains("一(五)", "一(三)");

        DrugClaimLineDecision dayAfter = line(DrugCatalogueStatus.DROPPED_NEGOTIATED_DRUG, "110.00", "100.00", "1",
                "2025-07-01");
        assertThat(dayAfter.payable()).isFalse();
        assertThat(dayAfter.reimbursableBase()).isEqualByComparingTo("0.00");
        assertThat(dayAfter.insuredExtra()).isEqualByComparingTo("110.00");
        assertThat(dayAfter.basis()).extracting("article").contains("一(五)").doesNotContain("一(三)");
    }

    @Test
    void aDrugNotListedIsNotPayable() {
        DrugClaimLineDecision decision = line(DrugCatalogueStatus.NOT_LISTED, "7.00", null, "3", "2025-02-01");
        assertThat(decision.payable()).isFalse();
        assertThat(decision.reimbursableBase()).isEqualByComparingTo("0.00");
        assertThat(decision.insuredExtra()).isEqualByComparingTo("21.00");
    }

    @Test
    void herbalPiecesFollowTheExclusionLists() {
        DrugClaimLineDecision alone = rule.evaluate(DrugClaimLineInput.herbalPiece("大枣", HerbalUse.SINGLE, d("2.00"),
                d("10"), day("2025-01-01")));
        assertThat(alone.payable()).isFalse();
        assertThat(alone.insuredExtra()).isEqualByComparingTo("20.00");
        DrugClaimLineDecision compound = rule.evaluate(DrugClaimLineInput.herbalPiece("大枣", HerbalUse.COMPOUND,
                d("2.00"), d("10"), day("2025-01-01")));
        assertThat(compound.payable()).isTrue();
        assertThat(compound.reimbursableBase()).isEqualByComparingTo("20.00");
        DrugClaimLineDecision never = rule.evaluate(DrugClaimLineInput.herbalPiece("冬虫夏草", HerbalUse.COMPOUND,
                d("50.00"), d("1"), day("2025-01-01")));
        assertThat(never.payable()).isFalse();
    }

    @Test
    void theCatalogueAppliesFromJanuaryFirst() {
        assertThat(line(DrugCatalogueStatus.WESTERN_MEDICINE, "1", null, "1", "2025-01-01").payable()).isTrue();
        assertThatThrownBy(() -> line(DrugCatalogueStatus.WESTERN_MEDICINE, "1", null, "1", "2024-12-31"))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("serviceDate"));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> line(DrugCatalogueStatus.WESTERN_MEDICINE, "-1", null, "1", "2025-01-01"))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("price"));
        assertThatThrownBy(() -> line(DrugCatalogueStatus.WESTERN_MEDICINE, "1", null, "0", "2025-01-01"))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> rule.evaluate(DrugClaimLineInput.drug(null, d("1"), null, d("1"), day("2025-01-01"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> line(DrugCatalogueStatus.WESTERN_MEDICINE, "1", "-2", "1", "2025-01-01"))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("paymentStandard"));
    }
}
