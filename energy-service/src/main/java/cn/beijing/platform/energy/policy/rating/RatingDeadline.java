package cn.beijing.platform.energy.policy.rating;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.ParameterNotInForceException;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.energy.policy.AnnualDeadline;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * The annual rating deadline of large public buildings (京建法〔2024〕12号 第八条 "每年6月底前…完成能效分级"): the
 * rating of year Y is due by June 30 (inclusive) of Y + 1, under the version of the rule in force on that day.
 */
@Rule(id = "rating-deadline", document = EnergyDocuments.RATING, article = "第八条", parameters = "rating-deadline")
public final class RatingDeadline implements Decides<RatingDeadline.Input, RatingDeadline.Decision> {

    public record Input(int ratingYear) {
    }

    public record Decision(int ratingYear, LocalDate ratingDeadline, List<Basis> basis) {
        public Decision {
            basis = List.copyOf(basis);
        }
    }

    private final EffectiveDated<AnnualDeadline> deadline;

    public RatingDeadline(ParameterSet parameters) {
        deadline = parameters.get("rating-deadline", v -> new AnnualDeadline(AnnualDeadline.monthDay(v, ""),
                v.get("years_after_rating_year").count()));
    }

    /**
     * The version of 第八条 that governs the rating of {@code ratingYear}: the one in force on the deadline it sets.
     * None → a {@code ParameterNotInForceException} naming {@code ratingYear}.
     */
    public InForce<AnnualDeadline> rule(int ratingYear) {
        return deadline.governing(rule -> rule.forYear(ratingYear), "ratingYear");
    }

    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        int year = Inputs.required("input", input).ratingYear();
        InForce<AnnualDeadline> rule = rule(year);
        return new Decision(year, rule.value().forYear(year), List.of(EnergyDocuments.rating("第八条", rule)));
    }
}
