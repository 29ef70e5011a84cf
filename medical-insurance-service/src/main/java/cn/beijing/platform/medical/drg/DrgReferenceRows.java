package cn.beijing.platform.medical.drg;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.beijing.platform.common.imports.Cells;
import cn.beijing.platform.common.imports.DistinctColumn;
import cn.beijing.platform.common.imports.ImportErrors;
import cn.beijing.platform.common.imports.ImportRow;
import cn.beijing.platform.medical.policy.drg.DesignatedEmployeePayment;
import cn.beijing.platform.medical.policy.drg.DrgGroup;
import cn.beijing.platform.medical.policy.drg.HighCostOutlierMultipliers;
import cn.beijing.platform.medical.policy.drg.HospitalLevel;
import cn.beijing.platform.medical.policy.drg.DrgHospital;

/**
 * Reads the DRG 2.0 reference data (京医保发〔2024〕24号 附件1-3, not printed in the gazette).
 * <ul>
 * <li>Group table — the columns of {@code policy/sample/drg-groups.SAMPLE.csv}: {@code code,name,weight,
 * designated_employee_payment,kept_consumables_procurement_group,previous_standard}. {@code weight} &gt; 0 (4 decimals)
 * is required except for a kept consumables-procurement group, which needs its {@code previous_standard} &gt; 0.</li>
 * <li>Hospital list — {@code hospital_code,name} (as in the sample file) plus optional {@code designated} (one of the
 * 80 of 附件3; default true), {@code infectious_disease_specialty} (default false) and {@code level}
 * (TERTIARY/SECONDARY/…, only for the high-cost flag; a level needs a configured multiplier).</li>
 * </ul>
 */
public final class DrgReferenceRows {

    public static final List<String> GROUP_COLUMNS = List.of("code", "name", "weight", "designated_employee_payment",
            "kept_consumables_procurement_group", "previous_standard");
    public static final Set<String> GROUP_REQUIRED = Set.of("code", "name", "designated_employee_payment");
    public static final List<String> HOSPITAL_COLUMNS = List.of("hospital_code", "name", "designated",
            "infectious_disease_specialty", "level");
    public static final Set<String> HOSPITAL_REQUIRED = Set.of("hospital_code", "name");
    /** A DRG relative weight is below 1000 (DRG 2.0 weights are around 0.1 to 30); 4 decimals. */
    static final int MAX_WEIGHT_DIGITS = 3;

    private DrgReferenceRows() {
    }

    static List<DrgGroup> groups(List<ImportRow> rows, ImportErrors errors) {
        Cells cells = new Cells(errors);
        DistinctColumn codes = new DistinctColumn(errors, "code");
        return errors.validRows(rows, row -> {
            String code = cells.required(row, "code");
            String name = cells.required(row, "name");
            boolean kept = cells.bool(row, "kept_consumables_procurement_group", false);
            BigDecimal weight = cells.positive(row, "weight", !kept, DrgReferenceRows.MAX_WEIGHT_DIGITS, 4);
            DesignatedEmployeePayment payment = cells.enumValue(row, "designated_employee_payment",
                    DesignatedEmployeePayment.class, true);
            BigDecimal previous = cells.positive(row, "previous_standard", kept, 12, 2);
            if (!kept && row.text("previous_standard") != null) {
                errors.add(row.field("previous_standard"),
                        "only a kept consumables-procurement group keeps its previous standard (二(一))");
            }
            codes.check(row, code);
            return () -> new DrgGroup(code, name, weight, payment, kept, previous);
        });
    }

    static List<DrgHospital> hospitals(List<ImportRow> rows, ImportErrors errors,
                                       HighCostOutlierMultipliers multipliers) {
        Cells cells = new Cells(errors);
        DistinctColumn codes = new DistinctColumn(errors, "hospital_code");
        return errors.validRows(rows, row -> {
            String code = cells.required(row, "hospital_code");
            String name = cells.required(row, "name");
            boolean designated = cells.bool(row, "designated", true);
            boolean specialty = cells.bool(row, "infectious_disease_specialty", false);
            HospitalLevel level = cells.enumValue(row, "level", HospitalLevel.class, false);
            if (level != null && multipliers.of(level).isEmpty()) {
                errors.add(row.field("level"), "no high-cost multiplier is configured for " + level
                        + " (drg-high-cost-outlier-multipliers); leave the level empty");
            }
            codes.check(row, code);
            return () -> new DrgHospital(code, name, designated, specialty, level);
        });
    }
}
