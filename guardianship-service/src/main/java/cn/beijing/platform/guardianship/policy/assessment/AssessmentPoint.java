package cn.beijing.platform.guardianship.policy.assessment;

import java.util.Objects;

/**
 * One 评估要点 of 附件《北京市未成年人家庭监护能力评估参考指标》 with its indicators.
 *
 * @param code   platform code (A… = 监护人履行责任情况, B… = 监护人监护能力)
 * @param level1 一级指标
 * @param level2 二级指标
 * @param level3 三级指标
 * @param point  评估要点
 * @param risk   ★★ high, ★ medium, unmarked low
 */
public record AssessmentPoint(String code, String level1, String level2, String level3, String point, IndicatorRisk risk) {

    public AssessmentPoint {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(level3, "level3");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(risk, "risk");
    }
}
