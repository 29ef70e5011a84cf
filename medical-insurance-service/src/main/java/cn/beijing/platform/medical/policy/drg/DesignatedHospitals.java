package cn.beijing.platform.medical.policy.drg;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The 80 designated hospitals of 京医保发〔2024〕24号 三 (附件3, imported data); {@code sample} marks shipped samples. */
public record DesignatedHospitals(String source, boolean sample, Set<String> hospitalCodes) {

    public DesignatedHospitals {
        hospitalCodes = Set.copyOf(hospitalCodes);
    }

    public boolean contains(String hospitalCode) {
        return hospitalCode != null && hospitalCodes.contains(hospitalCode.strip());
    }

    public List<String> completenessIssues(DrgGroupingScheme scheme) {
        List<String> issues = new ArrayList<>();
        if (hospitalCodes.size() != scheme.designatedHospitals()) {
            issues.add(hospitalCodes.size() + " designated hospitals, " + scheme.designatedHospitals() + " expected");
        }
        return issues;
    }
}
