package cn.beijing.platform.medical.policy.drg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The imported DRG 2.0 group table; {@code sample} marks the shipped sample (not the official 附件1/附件2).
 */
public record DrgGroupTable(String source, boolean sample, Map<String, DrgGroup> groups) {

    public DrgGroupTable {
        groups = Map.copyOf(groups);
        groups.forEach((code, group) -> {
            if (!code.equals(group.code())) {
                throw new IllegalArgumentException("group keyed " + code + " has code " + group.code());
            }
        });
    }

    public Optional<DrgGroup> group(String code) {
        return Optional.ofNullable(groups.get(code));
    }

    /**
     * Differences between this table and the printed counts; empty for a complete official table. Kept groups are
     * counted among the DRG-paid groups (they are "实际付费" in every hospital).
     */
    public List<String> completenessIssues(DrgGroupingScheme scheme) {
        List<String> issues = new ArrayList<>();
        long drg = groups.values().stream()
                .filter(g -> g.designatedEmployeePayment() == DesignatedEmployeePayment.DRG).count();
        long perItem = groups.size() - drg;
        long kept = groups.values().stream().filter(DrgGroup::keptConsumablesProcurementGroup).count();
        if (groups.size() != scheme.groups()) {
            issues.add(groups.size() + " groups, " + scheme.groups() + " expected");
        }
        if (drg != scheme.designatedEmployeeDrgPaidGroups()) {
            issues.add(drg + " DRG-paid groups, " + scheme.designatedEmployeeDrgPaidGroups() + " expected");
        }
        if (perItem != scheme.designatedEmployeePerItemGroups()) {
            issues.add(perItem + " per-item groups, " + scheme.designatedEmployeePerItemGroups() + " expected");
        }
        if (kept != scheme.keptConsumablesProcurementGroups()) {
            issues.add(kept + " kept consumables-procurement groups, " + scheme.keptConsumablesProcurementGroups()
                    + " expected");
        }
        return issues;
    }
}
