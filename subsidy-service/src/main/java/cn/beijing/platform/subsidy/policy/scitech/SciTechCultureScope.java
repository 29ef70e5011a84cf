package cn.beijing.platform.subsidy.policy.scitech;

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
 * 京技管发〔2024〕31号 三、附则: the event falls in the policy period (附则1: from publication to 2027-12-31; for 措施16
 * the window of 附则9 including the year of issue); the applicant operates lawfully in the Yizhuang new town with no
 * major administrative penalty and no criminal record in the last 3 years (附则2); its business is in the scope of
 * 附则3.
 */
@Rule(id = "sci-tech-culture-scope", document = Documents.SCI_TECH_CULTURE, article = "三、附则 2",
        parameters = {"sci-tech-culture-policy-period", "sci-tech-culture-new-approval-period", "sci-tech-culture-scope-lookback"})
public final class SciTechCultureScope implements Decides<SciTechCultureScope.Input, ScopeDecision> {

    private final EffectiveDated<EventWindow> policyPeriod;
    private final EffectiveDated<EventWindow> newApprovalPeriod;
    private final EffectiveDated<Integer> scopeLookback;

    public SciTechCultureScope(ParameterSet parameters) {
        this.policyPeriod = parameters.get("sci-tech-culture-policy-period", EventWindow.class);
        this.newApprovalPeriod = parameters.get("sci-tech-culture-new-approval-period", EventWindow.class);
        this.scopeLookback = parameters.get("sci-tech-culture-scope-lookback", Integer.class);
    }

    /**
     * @param measure   the measure applied for (措施16 uses the window of 附则9)
     * @param eventDate the day of the qualifying event (award, approval, expenditure year end…)
     */
    /** The applicant, the measure claimed (16 reads the window of 附则9) and the day of the event. */
    public record Input(ApplicantStanding standing, int measure, LocalDate eventDate) {
    }

    @Override
    public ScopeDecision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        return check(input.standing(), input.measure(), input.eventDate(), decisionDate);
    }

    public ScopeDecision check(ApplicantStanding standing, int measure, LocalDate eventDate, LocalDate decisionDate) {
        Inputs.required("standing", standing);
        Inputs.date("eventDate", eventDate);
        int lookback = Inputs.inForce(this.scopeLookback, decisionDate);
        boolean newApproval = measure == LaboratorySupport.MEASURE;
        EffectiveDated<EventWindow> windowParameter = newApproval ? newApprovalPeriod : policyPeriod;
        String windowArticle = newApproval ? LaboratorySupport.NEW_APPROVAL_ARTICLE : "三、附则 1";
        EventWindow window = Inputs.inForce(windowParameter, decisionDate);
        List<Failure> failures = new ArrayList<>();
        if (!window.contains(eventDate)) {
            failures.add(new Failure("EVENT_OUTSIDE_POLICY_PERIOD", Documents.SCI_TECH_CULTURE, windowArticle,
                    "event on " + eventDate + " is outside " + window.eventsFrom() + ".." + window.eventsTo()));
        }
        if (!standing.operatesInYizhuang()) {
            failures.add(new Failure("NOT_OPERATING_IN_YIZHUANG", Documents.SCI_TECH_CULTURE, "三、附则 2",
                    "does not operate lawfully in the Yizhuang new town"));
        }
        LocalDate since = decisionDate.minusYears(lookback);
        if (standing.majorPenaltyBetween(since, decisionDate)) {
            failures.add(new Failure("MAJOR_PENALTY_WITHIN_LOOKBACK", Documents.SCI_TECH_CULTURE, "三、附则 2",
                    "major administrative penalty within " + lookback + " years"));
        }
        if (standing.criminalRecordBetween(since, decisionDate)) {
            failures.add(new Failure("CRIMINAL_RECORD_WITHIN_LOOKBACK", Documents.SCI_TECH_CULTURE, "三、附则 2",
                    "criminal record within " + lookback + " years"));
        }
        if (!standing.inSciTechCultureIndustry()) {
            failures.add(new Failure("OUTSIDE_INDUSTRY_SCOPE", Documents.SCI_TECH_CULTURE, "三、附则 3",
                    "business not in high-end audiovisual, gaming/esports, or the culture or sports statistical scope"));
        }
        List<Basis> basis = List.of(
                Citation.of(Documents.SCI_TECH_CULTURE, windowArticle, decisionDate, windowParameter),
                Citation.of(Documents.SCI_TECH_CULTURE, "三、附则 2", decisionDate, scopeLookback),
                Basis.of(Documents.SCI_TECH_CULTURE, "三、附则 3"));
        return new ScopeDecision(failures.isEmpty(), failures, basis);
    }
}
