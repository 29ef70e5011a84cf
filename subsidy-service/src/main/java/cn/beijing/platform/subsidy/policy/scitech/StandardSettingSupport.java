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

/**
 * 措施4 标准制定: leading the drafting of a published standard in high-end audiovisual or gaming/esports → one-time
 * 100万 (international), 50万 (national), 30万 (industry), 20万 (local), 10万 (group).
 */
@Rule(id = "sci-tech-culture-measure-04", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 4",
        parameters = "sci-tech-culture-measure-04-standards")
public final class StandardSettingSupport implements SciTechCultureMeasure<StandardSettingSupport.Input> {

    static final int MEASURE = 4;

    public enum StandardLevel {
        INTERNATIONAL, NATIONAL, INDUSTRY, LOCAL, GROUP
    }

    /** 万元 by level. */
    public record Terms(BigDecimal international, BigDecimal national, BigDecimal industry, BigDecimal local,
                        BigDecimal group) {

        BigDecimal amountFor(StandardLevel level) {
            return switch (level) {
                case INTERNATIONAL -> international;
                case NATIONAL -> national;
                case INDUSTRY -> industry;
                case LOCAL -> local;
                case GROUP -> group;
            };
        }
    }

    /** @param led the applicant led (牵头) the drafting; @param published issued as prescribed */
    public record Input(StandardLevel level, boolean led, boolean published, boolean audiovisualOrGamingField) {
    }

    private final EffectiveDated<Terms> terms;

    public StandardSettingSupport(ParameterSet parameters) {
        this.terms = parameters.get("sci-tech-culture-measure-04-standards", Terms.class);
    }

    @Override
    public CultureSupportDecision decide(StandardSettingSupport.Input in, LocalDate decisionDate) {
        return evaluate(in, decisionDate);
    }

    public CultureSupportDecision evaluate(Input in, LocalDate decisionDate) {
        Inputs.required("input", in);
        StandardLevel level = Inputs.required("level", in.level());
        Terms t = Inputs.inForce(this.terms, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (!in.led()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_LEAD_DRAFTER", "did not lead the drafting"));
        }
        if (!in.published()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "NOT_PUBLISHED", "the standard is not published"));
        }
        if (!in.audiovisualOrGamingField()) {
            failures.add(CultureSupportDecision.failure(MEASURE, "OUTSIDE_FIELD",
                    "not a high-end audiovisual or gaming/esports standard"));
        }
        List<AwardPart> parts = failures.isEmpty()
                ? List.of(AwardPart.fixed(level.name(), t.amountFor(level))) : List.of();
        return CultureSupportDecision.of(MEASURE, parts, failures,
                List.of(Citation.of(Documents.SCI_TECH_CULTURE, CultureSupportDecision.article(MEASURE), decisionDate,
                        terms)));
    }
}
