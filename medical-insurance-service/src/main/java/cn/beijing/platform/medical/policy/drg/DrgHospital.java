package cn.beijing.platform.medical.policy.drg;


/**
 * A hospital with inpatient service. {@code designated}: one of the 80 hospitals of 京医保发〔2024〕24号 附件3;
 * {@code infectiousDiseaseSpecialty}: rate 20834 instead of 20425 (二(一)); {@code level} (optional) only feeds the
 * [platform rule] high-cost flag.
 */
public record DrgHospital(String code, String name, boolean designated, boolean infectiousDiseaseSpecialty,
                          HospitalLevel level) {
}
