package cn.beijing.platform.medical.policy.drug;

import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.ShippedParameters;

class OutpatientSpecialDiseaseScopeTest {

    private final OutpatientSpecialDiseaseScope rule = ShippedParameters.RULES.get(OutpatientSpecialDiseaseScope.class);

    @ParameterizedTest(name = "{0} {1} -> added {2} by {3}")
    @CsvSource({
            "MALIGNANT_TUMOUR_OUTPATIENT_TREATMENT, XV08, true, XV08",
            "MALIGNANT_TUMOUR_OUTPATIENT_TREATMENT, XV08AB01, true, XV08",
            "MALIGNANT_TUMOUR_OUTPATIENT_TREATMENT, xv08ab01, true, XV08",
            "MALIGNANT_TUMOUR_OUTPATIENT_TREATMENT, XV0, false, ",
            "MALIGNANT_TUMOUR_OUTPATIENT_TREATMENT, XV09, false, ",
            "RENAL_DIALYSIS, XB01AX05, true, XB01AX",
            "RENAL_DIALYSIS, XB01AC, false, ",
            "RENAL_DIALYSIS, XB05ZB, true, XB05Z",
            "RENAL_DIALYSIS, XB05X, false, ",
            "RENAL_DIALYSIS, XV03AX, true, XV03AX",
            "RENAL_DIALYSIS, XV08AB, false, ",
            "APLASTIC_ANAEMIA, XC09DA01, true, XC09D",
            "APLASTIC_ANAEMIA, XC09CA, false, ",
            "APLASTIC_ANAEMIA, XB01AX, false, ",
            "FUNDUS_LESION_INTRAOCULAR_INJECTION, XS01LA, false, "
    })
    void addsDrugsByCategoryCodePrefix(OutpatientSpecialDisease disease, String code, boolean added, String by) {
        OutpatientSpecialDiseaseScopeDecision decision = rule.evaluate(
                new OutpatientSpecialDiseaseDrugInput(disease, code, null, day("2025-01-01")));
        assertThat(decision.addedToScope()).isEqualTo(added);
        assertThat(decision.matchedBy()).isEqualTo(by);
    }

    @Test
    void addsFaricimabToIntraocularInjectionByName() {
        OutpatientSpecialDiseaseScopeDecision decision = rule.evaluate(new OutpatientSpecialDiseaseDrugInput(
                OutpatientSpecialDisease.FUNDUS_LESION_INTRAOCULAR_INJECTION, "XS01LA", " 法瑞西单抗注射液 ",
                day("2025-01-01")));
        assertThat(decision.addedToScope()).isTrue();
        assertThat(decision.matchedBy()).isEqualTo("法瑞西单抗注射液");
        assertThat(decision.basis()).containsExactly(Basis.of("京医保发〔2024〕21号", "二(七)")
                .withParameters("outpatient-special-disease-drug-additions@2025-01-01"));
    }

    @Test
    void faricimabIsNotAddedToOtherDiseases() {
        assertThat(rule.evaluate(new OutpatientSpecialDiseaseDrugInput(
                OutpatientSpecialDisease.MALIGNANT_TUMOUR_OUTPATIENT_TREATMENT, null, "法瑞西单抗注射液",
                day("2025-01-01"))).addedToScope()).isFalse();
    }

    @Test
    void contrastMediaCiteArticleSix() {
        assertThat(rule.evaluate(new OutpatientSpecialDiseaseDrugInput(
                OutpatientSpecialDisease.MALIGNANT_TUMOUR_OUTPATIENT_TREATMENT, "XV08", null, day("2025-03-01")))
                .basis()).extracting("article").containsExactly("二(六)");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> rule.evaluate(new OutpatientSpecialDiseaseDrugInput(null, "XV08", null,
                day("2025-01-01")))).isInstanceOfSatisfying(PolicyInputException.class,
                e -> assertThat(e.field()).isEqualTo("disease"));
        assertThatThrownBy(() -> rule.evaluate(new OutpatientSpecialDiseaseDrugInput(
                OutpatientSpecialDisease.RENAL_DIALYSIS, " ", null, day("2025-01-01"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("categoryCode"));
        assertThatThrownBy(() -> rule.evaluate(new OutpatientSpecialDiseaseDrugInput(
                OutpatientSpecialDisease.RENAL_DIALYSIS, "XB05Z", null, day("2024-12-31"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("serviceDate"));
    }
}
