package cn.beijing.platform.guardianship.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 附件《北京市未成年人家庭监护能力评估参考指标》: two level-1 indicators, their level-2 and level-3 indicators
 * and the assessment points, each with its risk. Loaded from {@code policy/guardianship-indicators.csv}.
 */
public final class IndicatorCatalogue {

    private final Map<String, AssessmentPoint> byCode;
    private final List<AssessmentPoint> points;

    public IndicatorCatalogue(List<AssessmentPoint> points) {
        Map<String, AssessmentPoint> map = new LinkedHashMap<>();
        for (AssessmentPoint point : points) {
            if (map.putIfAbsent(point.code(), point) != null) {
                throw new IllegalArgumentException("duplicate indicator code " + point.code());
            }
        }
        if (map.isEmpty()) {
            throw new IllegalArgumentException("an indicator catalogue has at least one assessment point");
        }
        this.byCode = Map.copyOf(map);
        this.points = List.copyOf(map.values());
    }

    /** All assessment points in catalogue order. */
    public List<AssessmentPoint> points() {
        return points;
    }

    public Optional<AssessmentPoint> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * @throws PolicyInputException on {@code field} when the code is not in the catalogue
     */
    public AssessmentPoint point(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new PolicyInputException(field, "an indicator code is required");
        }
        return find(code).orElseThrow(() -> new PolicyInputException(field,
                "unknown indicator code '" + code + "' (not in 附件 guardianship-indicators)"));
    }

    public int size() {
        return points.size();
    }
}
