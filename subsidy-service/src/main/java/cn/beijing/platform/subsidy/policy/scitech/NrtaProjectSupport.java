package cn.beijing.platform.subsidy.policy.scitech;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 措施1 高新视听关键技术研发: for a 广电总局科技计划项目 (附则4), support 1:1 of the project funding, at most 500万; the
 * national, municipal and district support together may not exceed the enterprise's self-raised funds.
 */
@Rule(id = "sci-tech-culture-measure-01", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 1",
        parameters = "sci-tech-culture-measure-01-nrta-projects")
public final class NrtaProjectSupport implements SciTechCultureMeasure<NrtaProjectSupport.Input> {

    static final int MEASURE = 1;

    /** @param cap 万元 */
    public record Terms(BigDecimal matchRatio, BigDecimal cap) {
    }

    /**
     * @param nrtaPlanProject             undertakes a 广电总局科技计划项目 (附则4)
     * @param projectFunding              项目经费, yuan
     * @param selfRaisedFunds             企业自筹经费, yuan
     * @param nationalAndMunicipalSupport support already granted by the state and the city for the project, yuan
     */
    public record Input(boolean nrtaPlanProject, BigDecimal projectFunding, BigDecimal selfRaisedFunds,
                        BigDecimal nationalAndMunicipalSupport) {
    }

    private final EffectiveDated<Terms> terms;

    public NrtaProjectSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-01-nrta-projects", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(NrtaProjectSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal funding = Inputs.nonNegative("projectFunding", in.projectFunding());
        BigDecimal selfRaised = Inputs.nonNegative("selfRaisedFunds", in.selfRaisedFunds());
        BigDecimal others = Inputs.optionalNonNegative("nationalAndMunicipalSupport", in.nationalAndMunicipalSupport());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (!in.nrtaPlanProject()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_NRTA_PLAN_PROJECT",
                    "not a 广电总局科技计划项目 (三、附则 4)"));
        }
        BigDecimal room = selfRaised.subtract(others);
        if (room.signum() <= 0) {
            failures.add(CultureSupportDecision.failure(MEASURE, "SUPPORT_REACHES_SELF_RAISED_FUNDS",
                    "national and municipal support already reach the self-raised funds"));
        }
        List<AwardPart> parts = new ArrayList<>();
        if (failures.isEmpty()) {
            AwardPart matched = AwardPart.capped("MATCHING", funding.multiply(t.matchRatio()), t.cap());
            if (matched.amount().compareTo(room) > 0) {
                // 三级支持经费总额不超过企业自筹经费金额
                matched = new AwardPart("MATCHING_LIMITED_BY_SELF_RAISED_FUNDS", SupportKind.CASH, Money.yuan(room),
                        true);
            }
            parts.add(matched);
        }
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}
