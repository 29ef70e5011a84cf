package cn.beijing.platform.subsidy.policy.finance;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.EventWindow;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.ScopeDecision;

/**
 * 京技管发〔2024〕33号 三、附则: registered and actually operating in the 225 km² Yizhuang new town, no major
 * administrative penalty and no criminal record in the last 3 years, not on the list of seriously dishonest entities
 * (附则2); the event falls from publication to 2028-12-31 (附则5) — or, by the exception of 附则3, anywhere in 2024.
 */
@Rule(id = "industrial-finance-scope", document = Documents.INDUSTRIAL_FINANCE, article = "三、附则 2",
        parameters = {"industrial-finance-policy-period", "industrial-finance-year-2024-transition", "industrial-finance-scope-lookback"})
public final class IndustrialFinanceScope implements Decides<IndustrialFinanceScope.Input, ScopeDecision> {

    public static final String PERIOD_ARTICLE = "三、附则 5";
    public static final String TRANSITION_ARTICLE = "三、附则 3";
    public static final String STANDING_ARTICLE = "三、附则 2";

    private final EffectiveDated<EventWindow> policyPeriod;
    private final EffectiveDated<EventWindow> year2024Transition;
    private final EffectiveDated<Integer> scopeLookback;

    public IndustrialFinanceScope(ParameterSet parameters) {
        this.policyPeriod = parameters.get("industrial-finance-policy-period", EventWindow.class);
        this.year2024Transition = parameters.get("industrial-finance-year-2024-transition", EventWindow.class);
        this.scopeLookback = parameters.get("industrial-finance-scope-lookback", Integer.class);
    }

    /**
     * @param eventDate the day of the qualifying event (第十五条: the transfer day, see
     *                  {@link EarlyStageInvestmentReward#qualifyingEventDate})
     */
    /** The applicant and the day of the event a claim rests on. */
    public record Input(ApplicantStanding standing, LocalDate eventDate) {
    }

    @Override
    public ScopeDecision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        return check(input.standing(), input.eventDate(), decisionDate);
    }

    public ScopeDecision check(ApplicantStanding standing, LocalDate eventDate, LocalDate decisionDate) {
        Inputs.required("standing", standing);
        Inputs.date("eventDate", eventDate);
        int lookback = Inputs.inForce(this.scopeLookback, decisionDate);
        EventWindow period = Inputs.inForce(this.policyPeriod, decisionDate);
        List<Failure> failures = new ArrayList<>();
        List<Basis> basis = new ArrayList<>();
        basis.add(Citation.of(Documents.INDUSTRIAL_FINANCE, STANDING_ARTICLE, decisionDate, scopeLookback));
        if (period.contains(eventDate)) {
            basis.add(Citation.of(Documents.INDUSTRIAL_FINANCE, PERIOD_ARTICLE, decisionDate, policyPeriod));
        } else if (Inputs.inForce(this.year2024Transition, decisionDate).contains(eventDate)) {
            // 三、附则 3 "对于2024年度发生且符合本措施相关支持条款的，参照本措施予以兑现": 2024 events before publication
            basis.add(Citation.of(Documents.INDUSTRIAL_FINANCE, TRANSITION_ARTICLE, decisionDate, year2024Transition));
        } else {
            basis.add(Citation.of(Documents.INDUSTRIAL_FINANCE, PERIOD_ARTICLE, decisionDate, policyPeriod));
            failures.add(new Failure("EVENT_OUTSIDE_POLICY_PERIOD", Documents.INDUSTRIAL_FINANCE, PERIOD_ARTICLE,
                    "event on " + eventDate + " is outside " + period.eventsFrom() + ".." + period.eventsTo()
                            + " and not a 2024 event (三、附则 3)"));
        }
        if (!standing.registeredInYizhuang()) {
            failures.add(standingFailure("NOT_REGISTERED_IN_YIZHUANG", "not registered in the Yizhuang new town"));
        }
        if (!standing.operatesInYizhuang()) {
            failures.add(standingFailure("NOT_OPERATING_IN_YIZHUANG", "not actually operating in the Yizhuang new town"));
        }
        LocalDate since = decisionDate.minusYears(lookback);
        if (standing.majorPenaltyBetween(since, decisionDate)) {
            failures.add(standingFailure("MAJOR_PENALTY_WITHIN_LOOKBACK",
                    "major administrative penalty within " + lookback + " years"));
        }
        if (standing.criminalRecordBetween(since, decisionDate)) {
            failures.add(standingFailure("CRIMINAL_RECORD_WITHIN_LOOKBACK", "criminal record within " + lookback + " years"));
        }
        if (standing.onSeriousDishonestyList()) {
            failures.add(standingFailure("ON_SERIOUS_DISHONESTY_LIST", "listed as a seriously dishonest entity"));
        }
        return new ScopeDecision(failures.isEmpty(), failures, basis);
    }

    private static Failure standingFailure(String code, String message) {
        return new Failure(code, Documents.INDUSTRIAL_FINANCE, STANDING_ARTICLE, message);
    }
}
