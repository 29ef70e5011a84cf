package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;

/**
 * 措施4 标准制定: leading the drafting of a published standard in high-end audiovisual or gaming/esports → one-time
 * 100万 (international), 50万 (national), 30万 (industry), 20万 (local), 10万 (group).
 */
@Rule(id = "sci-tech-culture-measure-04", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 4",
        parameters = "sci-tech-culture-measure-04-standards")
public final class StandardSettingSupport extends TermsMeasure<StandardSettingSupport.Input, StandardSettingSupport.Terms> {

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

    public StandardSettingSupport(ParameterSet parameters) {
        super(4, parameters, Terms.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        StandardLevel level = Inputs.required("level", in.level());
        conditions.require(in.led(), "NOT_LEAD_DRAFTER", "did not lead the drafting")
                .require(in.published(), "NOT_PUBLISHED", "the standard is not published")
                .require(in.audiovisualOrGamingField(), "OUTSIDE_FIELD",
                        "not a high-end audiovisual or gaming/esports standard");
        return List.of(AwardPart.fixed(level.name(), terms(decisionDate).amountFor(level)));
    }
}
