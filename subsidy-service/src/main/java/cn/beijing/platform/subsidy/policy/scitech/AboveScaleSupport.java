package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;

/**
 * 措施10 科文融合企业高质量发展: a culture, sports or entertainment enterprise that first rises above the statistical
 * scale (首升规) with positive growth → one-time 30万. Newly recognised or re-certified national 专精特新"小巨人" and
 * Beijing 专精特新 SMEs are "给予支持" without a printed amount: recorded as support whose amount is decided
 * elsewhere.
 */
@Rule(id = "sci-tech-culture-measure-10", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 10",
        parameters = "sci-tech-culture-measure-10-above-scale")
public final class AboveScaleSupport extends TermsMeasure<AboveScaleSupport.Input, AboveScaleSupport.Terms> {

    /** @param firstTimeAboveScale 万元 */
    public record Terms(BigDecimal firstTimeAboveScale) {
    }

    /**
     * @param cultureSportsEntertainment 文体娱行业企业
     * @param specialisedRecognition     first recognised, or re-certified at expiry, as a national "小巨人" or Beijing 专精特新 SME
     */
    public record Input(boolean cultureSportsEntertainment, boolean firstTimeAboveScale, boolean positiveGrowth,
                        boolean specialisedRecognition) {
    }

    public AboveScaleSupport(ParameterSet parameters) {
        super(10, parameters, Terms.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        Terms t = terms(decisionDate);
        List<AwardPart> parts = new ArrayList<>();
        if (in.cultureSportsEntertainment() && in.firstTimeAboveScale() && in.positiveGrowth()) {
            parts.add(AwardPart.fixed("FIRST_TIME_ABOVE_SCALE", t.firstTimeAboveScale()));
        }
        if (in.specialisedRecognition()) {
            parts.add(AwardPart.amountNotPrinted("SPECIALISED_RECOGNITION"));
        }
        conditions.require(!parts.isEmpty(), "NOT_FIRST_TIME_ABOVE_SCALE_WITH_GROWTH",
                "not a culture/sports/entertainment enterprise first above scale with positive growth");
        return parts;
    }
}
