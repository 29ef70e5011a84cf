package cn.beijing.platform.guardianship.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.test.PolicyCases;
import cn.beijing.platform.test.RuleBookContract;
import cn.beijing.platform.guardianship.policy.assessment.AssessmentPoint;
import cn.beijing.platform.guardianship.policy.assessment.ShippedParameters;

/** The auditors' rule cases of {@code src/test/resources/policy-cases/} and the checks of the rule book. */
class PolicyCasesTest extends RuleBookContract {

    PolicyCasesTest() {
        super(ShippedParameters.RULES, ShippedParameters.PARAMETERS);
    }

    /** Every one of the 附件's assessment points is exercised by at least one case. */
    @Test
    @SuppressWarnings("unchecked")
    void everyAssessmentPointHasACase() {
        Set<String> covered = new LinkedHashSet<>();
        for (PolicyCases.CaseFile file : PolicyCases.files()) {
            if (file.rule().equals("guardianship-risk")) {
                for (Map<String, Object> c : file.cases()) {
                    covered.addAll((List<String>) ((Map<String, Object>) c.get("input")).get("adverseFindings"));
                }
            }
        }
        List<String> codes = ShippedParameters.catalogue().points().stream().map(AssessmentPoint::code).toList();
        assertThat(codes).hasSize(48);
        assertThat(covered).containsAll(codes);
    }
}
