package cn.beijing.platform.medical.policy.drg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DRG 2.0 group table in force: the imported table ({@code sample} marks the shipped sample, not the official
 * 附件1/附件2), with the weights of the adopted versions in force ({@link DrgGroupTableVersions}).
 *
 * @param weightVersions for each group whose weight comes from an adopted version, that version
 *                       ({@code drg-weight-adoption/<id>@<effectiveFrom>}); other groups carry the imported weight
 */
public record DrgGroupTable(String source, boolean sample, Map<String, DrgGroup> groups,
                            Map<String, String> weightVersions) {

    public DrgGroupTable {
        groups = Map.copyOf(groups);
        weightVersions = Map.copyOf(weightVersions);
        groups.forEach((code, group) -> {
            if (!code.equals(group.code())) {
                throw new IllegalArgumentException("group keyed " + code + " has code " + group.code());
            }
        });
    }

    /** The imported table, every weight as imported. */
    public DrgGroupTable(String source, boolean sample, Map<String, DrgGroup> groups) {
        this(source, sample, groups, Map.of());
    }

    public Optional<DrgGroup> group(String code) {
        return Optional.ofNullable(groups.get(code));
    }

    /** The adopted version that gives {@code code} its weight, if not the imported table. */
    public Optional<String> weightVersion(String code) {
        return Optional.ofNullable(weightVersions.get(code));
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
