package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.Parameter;

/**
 * 措施1 高新视听关键技术研发: for a 广电总局科技计划项目 (附则4), support 1:1 of the project funding, at most 500万; the
 * national, municipal and district support together may not exceed the enterprise's self-raised funds.
 */
public final class NrtaProjectSupport {

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

    private final Parameter<Terms> terms;

    public NrtaProjectSupport(SciTechCultureParameters parameters) {
        this.terms = parameters.measure01();
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        BigDecimal funding = Inputs.nonNegative("projectFunding", in.projectFunding());
        BigDecimal selfRaised = Inputs.nonNegative("selfRaisedFunds", in.selfRaisedFunds());
        BigDecimal others = Inputs.optionalNonNegative("nationalAndMunicipalSupport", in.nationalAndMunicipalSupport());
        Terms t = Inputs.inForce(terms, decisionDate);
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
