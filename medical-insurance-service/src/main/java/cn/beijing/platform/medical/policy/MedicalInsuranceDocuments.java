package cn.beijing.platform.medical.policy;

/** Document numbers exactly as printed in the Beijing Municipal Government Gazette 2025 No. 12. */
public final class MedicalInsuranceDocuments {

    /** 关于落实《国家基本医疗保险、工伤保险和生育保险药品目录(2024年)》有关问题的通知. */
    public static final String DRUG_CATALOGUE_2024 = "京医保发〔2024〕21号";
    /** 关于调整经照射自体血回输治疗等医疗服务价格项目和相关政策的通知. */
    public static final String PRICE_ITEMS = "京医保发〔2024〕22号";
    /** 关于调整2025年城乡居民基本医疗保险筹资标准的通知. */
    public static final String RESIDENT_FUNDING_2025 = "京医保发〔2024〕23号";
    /** 关于开展国家医疗保障按病组(DRG)付费2.0版工作有关问题的通知. */
    public static final String DRG_2_0 = "京医保发〔2024〕24号";

    private MedicalInsuranceDocuments() {
    }
}
