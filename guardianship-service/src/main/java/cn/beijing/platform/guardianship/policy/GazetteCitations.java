package cn.beijing.platform.guardianship.policy;

import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Basis;

/**
 * Document numbers and articles exactly as printed in the Beijing Municipal Government Gazette 2025 No. 12.
 * Citations only: no quantity of any rule lives here.
 */
public final class GazetteCitations {

    /** 北京市民政局等部门关于印发《北京市未成年人家庭监护能力评估办法》的通知, 2024-11-18, in force on issue (第二十条). */
    public static final String ASSESSMENT_MEASURES = "京民儿福发〔2024〕103号";
    /** 北京市民政局关于进一步加强政府救助与慈善帮扶有效衔接的实施意见, 2024-12-26. */
    public static final String RELIEF_CHARITY_LINKAGE = "京民社救发〔2024〕111号";

    private GazetteCitations() {
    }

    /** {@code 京民儿福发〔2024〕103号 <article>}. */
    public static Basis measures(String article) {
        return Basis.of(ASSESSMENT_MEASURES, article);
    }

    /** {@code 京民儿福发〔2024〕103号 <article>} with the parameter version used. */
    public static Basis measures(String article, InForce<?> parameter) {
        return Basis.of(ASSESSMENT_MEASURES, article).withParameters(parameter.version());
    }

    /** {@code 京民社救发〔2024〕111号 二(二)4}: charity referral only with the family's consent. */
    public static Basis charityReferralConsent() {
        return Basis.of(RELIEF_CHARITY_LINKAGE, "二(二)4");
    }
}
