package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 措施1 高新视听关键技术研发: for a 广电总局科技计划项目 (附则4), support 1:1 of the project funding, at most 500万; the
 * national, municipal and district support together may not exceed the enterprise's self-raised funds.
 */
@Rule(id = "sci-tech-culture-measure-01", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 1",
        parameters = "sci-tech-culture-measure-01-nrta-projects")
public final class NrtaProjectSupport extends TermsMeasure<NrtaProjectSupport.Input, NrtaProjectSupport.Terms> {

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

    public NrtaProjectSupport(ParameterSet parameters) {
        super(1, parameters, Terms.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        BigDecimal funding = Inputs.nonNegative("projectFunding", in.projectFunding());
        BigDecimal selfRaised = Inputs.nonNegative("selfRaisedFunds", in.selfRaisedFunds());
        BigDecimal others = Inputs.optionalNonNegative("nationalAndMunicipalSupport", in.nationalAndMunicipalSupport());
        Terms t = terms(decisionDate);
        BigDecimal room = selfRaised.subtract(others);
        conditions.require(in.nrtaPlanProject(), "NOT_NRTA_PLAN_PROJECT", "not a 广电总局科技计划项目 (三、附则 4)")
                .require(room.signum() > 0, "SUPPORT_REACHES_SELF_RAISED_FUNDS",
                        "national and municipal support already reach the self-raised funds");
        AwardPart matched = AwardPart.capped("MATCHING", funding.multiply(t.matchRatio()), t.cap());
        // 三级支持经费总额不超过企业自筹经费金额
        return List.of(matched.amount().compareTo(room) > 0
                ? new AwardPart("MATCHING_LIMITED_BY_SELF_RAISED_FUNDS", SupportKind.CASH, Money.yuan(room), true)
                : matched);
    }
}
