package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Inputs;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.guardianship.policy.GazetteCitations;

/**
 * 第十一条 "未成年人满八周岁的，评估人员应当与其交流，听取其意见和想法": whether the assessors must hear the minor on a
 * visit, from the minor's age in full years on the visit date ({@link FullYearsOfAge}).
 */
@Rule(id = "minor-interview-age", document = GazetteCitations.ASSESSMENT_MEASURES, article = "第十一条",
        parameters = "minor-interview-age")
public final class MinorInterview implements Decides<MinorInterview.Input, MinorInterview.Decision> {

    public record Input(LocalDate birthDate, LocalDate visitDate) {
    }

    public record Decision(int ageYears, boolean minorInterviewRequired, List<Basis> basis) implements PolicyDecision {
        public Decision {
            basis = List.copyOf(basis);
        }
    }

    private final FullYearsOfAge age;
    private final EffectiveDated<Integer> minorInterviewAge;

    public MinorInterview(ParameterSet parameters, FullYearsOfAge age) {
        this.age = age;
        minorInterviewAge = parameters.get("minor-interview-age", ParameterNode::count);
    }

    /** The visit date decides; {@code decisionDate} is not read. */
    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        int years = age.ageOn(input.birthDate(), input.visitDate());
        InForce<Integer> interviewAge = minorInterviewAge.on(input.visitDate(), "visitDate");
        return new Decision(years, years >= interviewAge.value(),
                List.of(GazetteCitations.measures("第十一条", interviewAge)));
    }
}
