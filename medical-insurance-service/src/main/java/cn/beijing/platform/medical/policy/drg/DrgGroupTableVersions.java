package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The versions of the group table (京医保发〔2024〕24号 二(一)): the imported table, and the weight sets adopted on it
 * ({@link DrgWeightAdoption}), each in force from its first day. The table on a day is the imported one with, for each
 * group, the weight of the latest adopted version that started on or before that day and weighs the group.
 */
public record DrgGroupTableVersions(DrgGroupTable imported, List<AdoptedVersion> adopted) {

    /** An adopted weight set: its id, first day and weights by group code. */
    public record AdoptedVersion(UUID id, LocalDate effectiveFrom, Map<String, BigDecimal> weights) {
        public AdoptedVersion {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            weights = Map.copyOf(weights);
        }

        /** How a basis names it: {@code drg-weight-adoption/<id>@<effectiveFrom>}. */
        public String version() {
            return "drg-weight-adoption/" + id + "@" + effectiveFrom;
        }
    }

    public DrgGroupTableVersions {
        Objects.requireNonNull(imported, "imported");
        List<AdoptedVersion> sorted = new ArrayList<>(adopted);
        sorted.sort(Comparator.comparing(AdoptedVersion::effectiveFrom));
        adopted = List.copyOf(sorted);
    }

    /** The table in force on {@code day}; {@code null} gives the imported table. */
    public DrgGroupTable on(LocalDate day) {
        if (day == null || adopted.isEmpty()) {
            return imported;
        }
        Map<String, DrgGroup> groups = new LinkedHashMap<>(imported.groups());
        Map<String, String> versions = new LinkedHashMap<>();
        List<String> applied = new ArrayList<>();
        for (AdoptedVersion version : adopted) {
            if (version.effectiveFrom().isAfter(day)) {
                break;
            }
            applied.add(version.version());
            version.weights().forEach((code, weight) -> {
                DrgGroup g = groups.get(code);
                if (g != null && !g.keptConsumablesProcurementGroup()) {
                    groups.put(code, new DrgGroup(g.code(), g.name(), weight, g.designatedEmployeePayment(), false,
                            g.previousStandard()));
                    versions.put(code, version.version());
                }
            });
        }
        if (applied.isEmpty()) {
            return imported;
        }
        return new DrgGroupTable(imported.source() + " with " + String.join(", ", applied), imported.sample(),
                groups, versions);
    }

    /** The first days of the adopted versions. */
    public List<LocalDate> versionDays() {
        return adopted.stream().map(AdoptedVersion::effectiveFrom).toList();
    }
}
