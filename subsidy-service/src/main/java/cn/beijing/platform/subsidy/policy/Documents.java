package cn.beijing.platform.subsidy.policy;

/** Document numbers exactly as printed in the gazette (北京市人民政府公报 2025年第12期). */
public final class Documents {

    /** 北京经济技术开发区支持普惠性民办幼儿园发展补助资金管理使用实施细则(试行). */
    public static final String KINDERGARTEN = "京技管发〔2024〕30号";
    /** 北京经济技术开发区关于促进科技与文化产业融合发展的若干措施. */
    public static final String SCI_TECH_CULTURE = "京技管发〔2024〕31号";
    /** 北京经济技术开发区关于加快推动产业金融高质量发展的若干措施. */
    public static final String INDUSTRIAL_FINANCE = "京技管发〔2024〕33号";
    /** 关于做好高校毕业生等青年就业创业工作的通知. */
    public static final String YOUTH_EMPLOYMENT = "京人社毕发〔2024〕16号";
    /** 民法典: reading of 以上/以下/不满/超过. */
    public static final String CIVIL_CODE = "中华人民共和国民法典";

    private Documents() {
    }
}
