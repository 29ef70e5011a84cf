package cn.beijing.platform.energy.policy;

import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Basis;

/**
 * Document numbers and article labels exactly as printed in the Gazette (2025 No. 12). Numbering quirks kept:
 * 京建法〔2024〕12号 has no 第十一条 and two 第十五条, cited as {@code 第十五条(一)} and {@code 第十五条(二)};
 * 京建法〔2024〕14号 has no 第十一条 and two 第十三条.
 */
public final class EnergyDocuments {

    /** 《北京市公共建筑能效分级管理办法》, in force 2025-02-01. */
    public static final String RATING = "京建法〔2024〕12号";
    /** 《北京市民用建筑能源资源消耗统计调查实施办法》, in force 2025-02-01. */
    public static final String STATISTICS = "京建法〔2024〕13号";
    /** 《老旧低效楼宇更新实施办法(试行)》, in force on issue (2024-12-26), valid three years. */
    public static final String RENEWAL = "京建法〔2024〕14号";
    /** Cited by 京建法〔2024〕12号 第十三条 for un-retrofitted two-year grade-5 buildings. */
    public static final String GREEN_DEVELOPMENT_REGULATION = "《北京市建筑绿色发展条例》";

    private EnergyDocuments() {
    }

    public static Basis rating(String article) {
        return Basis.of(RATING, article);
    }

    public static Basis rating(String article, InForce<?> parameter) {
        return Basis.of(RATING, article).withParameters(parameter.version());
    }

    public static Basis statistics(String article) {
        return Basis.of(STATISTICS, article);
    }

    public static Basis statistics(String article, InForce<?> parameter) {
        return Basis.of(STATISTICS, article).withParameters(parameter.version());
    }

    public static Basis renewal(String article) {
        return Basis.of(RENEWAL, article);
    }

    public static Basis renewal(String article, InForce<?> parameter) {
        return Basis.of(RENEWAL, article).withParameters(parameter.version());
    }

    /** Several parameter versions used under one article, comma-separated. */
    public static Basis withAll(Basis basis, InForce<?>... parameters) {
        StringBuilder versions = new StringBuilder();
        for (InForce<?> parameter : parameters) {
            if (versions.length() > 0) {
                versions.append(',');
            }
            versions.append(parameter.version());
        }
        return basis.withParameters(versions.toString());
    }
}
