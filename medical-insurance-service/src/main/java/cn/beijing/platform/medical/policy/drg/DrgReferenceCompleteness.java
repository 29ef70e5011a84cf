package cn.beijing.platform.medical.policy.drg;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;

/**
 * Whether an imported group table and designated-hospital list (附件1–3, not printed in the gazette) have the counts
 * 京医保发〔2024〕24号 prints: 682 groups (一), 33 kept consumables-procurement groups (二(一)), 80 designated hospitals
 * paying 632 groups by DRG and 50 per item (三). Differences are reported, not refused: the import records them.
 */
@Rule(id = "drg-reference-completeness", document = DRG_2_0, article = "一", parameters = "drg-grouping-scheme")
public final class DrgReferenceCompleteness
        implements Decides<DrgReferenceCompleteness.Input, DrgReferenceCompleteness.Decision> {

    /** @param designatedHospitals the codes of the designated hospitals */
    public record Input(List<DrgGroup> groups, List<String> designatedHospitals) {
    }

    /** @param groupTableIssues, hospitalListIssues empty when complete */
    public record Decision(List<String> groupTableIssues, List<String> hospitalListIssues, List<Basis> basis) {
        public Decision {
            groupTableIssues = List.copyOf(groupTableIssues);
            hospitalListIssues = List.copyOf(hospitalListIssues);
            basis = List.copyOf(basis);
        }
    }

    private final EffectiveDated<DrgGroupingScheme> scheme;

    public DrgReferenceCompleteness(ParameterSet parameters) {
        scheme = parameters.get("drg-grouping-scheme", DrgGroupingScheme.class);
    }

    /** The printed counts in force on {@code date}, else the latest (an import is checked against the current counts). */
    public DrgGroupingScheme currentScheme(LocalDate date) {
        return scheme.onOrLatest(date).value();
    }

    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        InForce<DrgGroupingScheme> counts = scheme.on(decisionDate);
        Map<String, DrgGroup> groups = new LinkedHashMap<>();
        Inputs.required("groups", input.groups()).forEach(g -> groups.put(g.code(), g));
        List<String> groupIssues = new DrgGroupTable("input", false, groups).completenessIssues(counts.value());
        List<String> hospitalIssues = new DesignatedHospitals("input", false,
                new LinkedHashSet<>(Inputs.required("designatedHospitals", input.designatedHospitals())))
                .completenessIssues(counts.value());
        return new Decision(groupIssues, hospitalIssues, List.of(
                Basis.of(DRG_2_0, "一").withParameters(counts.version()),
                Basis.of(DRG_2_0, "三").withParameters(counts.version())));
    }
}
