package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.parameters.CsvTable;
import cn.beijing.platform.policy.parameters.ParameterNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 附件《北京市未成年人家庭监护能力评估参考指标》: two level-1 indicators, their level-2 and level-3 indicators
 * and the assessment points, each with its risk. Loaded from {@code policy/guardianship-indicators.csv}.
 */
public final class IndicatorCatalogue {

    /** The columns of {@code guardianship-indicators.csv}. */
    public static final List<String> HEADER = List.of("code", "level1", "level2", "level3", "point", "risk");

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

    /**
     * The catalogue of a parameter file's value: {@code assessment_points} (the number printed) and {@code table}, the
     * CSV beside the file with one assessment point per row (risk low, medium or high). A row count other than the
     * declared number, a duplicate code or an unknown risk is refused.
     */
    public static IndicatorCatalogue read(ParameterNode value) {
        int declared = value.get("assessment_points").count();
        CsvTable table = value.table("table", HEADER);
        List<AssessmentPoint> points = new java.util.ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Map<String, String> row = table.rows().get(i);
            IndicatorRisk risk;
            try {
                risk = IndicatorRisk.fromCatalogue(row.get("risk"));
            } catch (IllegalArgumentException e) {
                throw table.fail(i, e.getMessage());
            }
            if (!codes.add(row.get("code"))) {
                throw table.fail(i, "duplicate code " + row.get("code"));
            }
            points.add(new AssessmentPoint(row.get("code"), row.get("level1"), row.get("level2"), row.get("level3"),
                    row.get("point"), risk));
        }
        if (points.size() != declared) {
            throw value.fail(table.file() + " holds " + points.size() + " assessment points, the file declares "
                    + declared);
        }
        return new IndicatorCatalogue(points);
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
