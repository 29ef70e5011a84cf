package cn.beijing.platform.medical.policy.drug;

import java.time.LocalDate;

/** A drug (category code and/or generic name as in the catalogue) prescribed for an outpatient special disease. */
public record OutpatientSpecialDiseaseDrugInput(OutpatientSpecialDisease disease, String categoryCode, String drugName,
                                                LocalDate serviceDate) {
}
