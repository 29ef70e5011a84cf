package cn.beijing.platform.energy.policy.rating;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.ParameterNotInForceException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.AnnualDeadline;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * Consequences that depend on a building's rating history and on time:
 * <ul>
 *   <li>the annual rating deadline of large public buildings — June 30 of the year after the rated year
 *       (京建法〔2024〕12号 第八条 "每年6月底前");</li>
 *   <li>grade 5 in two consecutive years → energy-saving retrofit (第九条第三款);</li>
 *   <li>第十三条 escalation for large public buildings: not rated by the deadline → correction order with a time
 *       limit; still not rated after that limit → entry in the credit system; two consecutive grade-5 years
 *       without retrofit → handled under 《北京市建筑绿色发展条例》第五十九条.</li>
 * </ul>
 */
@Rule(id = "retrofit-obligation", document = EnergyDocuments.RATING, article = "第九条",
        parameters = "consecutive-grade-five-years")
public final class RetrofitObligation implements Decides<RetrofitObligation.Input, RetrofitObligation.Decision> {


    /** The grade a building obtained for a year. */
    public record AnnualGrade(int year, int grade) {
    }

    /**
     * @param largePublicBuildingInScope rating required and large ({@link RatingScope.Decision#ratingDeadlineApplies()})
     * @param ratingYear                 the year whose rating is examined (Y)
     * @param grades                     grades by year (any years; Y−1 and Y matter)
     * @param ratedOn                    day the rating of Y was completed, or {@code null} if not yet
     * @param correctionDeadline         the time limit of the district's correction order (责令限期改正), or
     *                                   {@code null} when none was issued; set by the district, not by the text
     * @param retrofitImplemented        an energy-saving retrofit (节能绿色化改造) has been implemented
     */
    public record Input(boolean largePublicBuildingInScope, int ratingYear, List<AnnualGrade> grades,
                        LocalDate ratedOn, LocalDate correctionDeadline, boolean retrofitImplemented) {
    }

    /** Measures, each citing its article. */
    public enum Measure {
        /** 第九条第三款: 连续两年五级 → 实施节能绿色化改造. */
        RETROFIT_REQUIRED,
        /** 第十三条: 未按本办法开展能效分级 → 区住房城乡建设部门责令限期改正. */
        OVERDUE_RATING,
        /** 第十三条: 逾期不改正 → 纳入信用管理体系. */
        CREDIT_SYSTEM_ENTRY,
        /** 第十三条: 连续两年五级、未按规定实施改造的大型公共建筑 → 依照《北京市建筑绿色发展条例》第五十九条处理. */
        GREEN_DEVELOPMENT_REGULATION_ARTICLE_59
    }

    /**
     * @param ratingDeadline       last day to complete the rating of {@code ratingYear} (inclusive)
     * @param ratedOnTime          rated on or before the deadline
     * @param consecutiveGradeFive grade 5 in Y and the years before it, as many as the parameter says
     * @param measures             measures open or triggered on the decision date
     */
    public record Decision(int ratingYear, LocalDate ratingDeadline, boolean ratedOnTime,
                           boolean consecutiveGradeFive, List<Measure> measures, List<Basis> basis) {
        public Decision {
            measures = List.copyOf(measures);
            basis = List.copyOf(basis);
        }
    }

    private final RatingDeadline ratingDeadline;
    private final EffectiveDated<Integer> consecutiveGradeFiveYears;

    public RetrofitObligation(ParameterSet parameters, RatingDeadline ratingDeadline) {
        this.ratingDeadline = ratingDeadline;
        consecutiveGradeFiveYears = parameters.get("consecutive-grade-five-years", ParameterNode::positiveInteger);
    }

    /**
     * Last day (inclusive) to complete the rating of {@code ratingYear}: June 30 of the next year under the rule of
     * 第八条 in force on that day. Throws {@link ParameterNotInForceException} (field {@code ratingYear}) when no
     * version of the rule covers it.
     */
    public LocalDate ratingDeadline(int ratingYear) {
        return deadlineRule(ratingYear).value().forYear(ratingYear);
    }

    private InForce<AnnualDeadline> deadlineRule(int ratingYear) {
        return ratingDeadline.rule(ratingYear);
    }

    @Override
    public Decision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        Inputs.required("decisionDate", decisionDate);
        int year = input.ratingYear();
        InForce<AnnualDeadline> rule = deadlineRule(year);
        LocalDate deadline = rule.value().forYear(year);
        InForce<Integer> consecutiveYears = consecutiveGradeFiveYears.on(decisionDate);

        Map<Integer, EnergyGrade.Level> grades = new HashMap<>();
        List<AnnualGrade> history = input.grades() == null ? List.of() : input.grades();
        for (int i = 0; i < history.size(); i++) {
            AnnualGrade entry = Inputs.required("grades[" + i + "]", history.get(i));
            EnergyGrade.Level level = EnergyGrade.Level.of(entry.grade(), "grades[" + i + "].grade");
            if (grades.put(entry.year(), level) != null) {
                throw new PolicyInputException("grades[" + i + "].year", "year " + entry.year() + " appears twice");
            }
        }
        LocalDate ratedOn = input.ratedOn();
        if (ratedOn != null && ratedOn.isAfter(decisionDate)) {
            throw new PolicyInputException("ratedOn", "rating date " + ratedOn + " is after the decision date "
                    + decisionDate);
        }
        LocalDate correctionDeadline = input.correctionDeadline();
        if (correctionDeadline != null && !correctionDeadline.isAfter(deadline)) {
            throw new PolicyInputException("correctionDeadline", "a correction time limit must fall after the"
                    + " rating deadline " + deadline);
        }

        List<Measure> measures = new ArrayList<>();
        List<Basis> basis = new ArrayList<>();
        basis.add(EnergyDocuments.rating("第八条", rule));
        boolean ratedOnTime = ratedOn != null && !ratedOn.isAfter(deadline);

        boolean consecutive = true;
        for (int y = year - consecutiveYears.value() + 1; y <= year; y++) {
            consecutive &= grades.get(y) == EnergyGrade.Level.FIVE;
        }
        // Cited either way: "not consecutive" rests on the same count of years.
        basis.add(EnergyDocuments.rating("第九条", consecutiveYears));
        if (consecutive) {
            if (!input.retrofitImplemented()) {
                measures.add(Measure.RETROFIT_REQUIRED);
            }
        }

        boolean escalated = false;
        if (input.largePublicBuildingInScope()) {
            if (ratedOn == null && decisionDate.isAfter(deadline)) {
                measures.add(Measure.OVERDUE_RATING);
                escalated = true;
            }
            if (correctionDeadline != null && decisionDate.isAfter(correctionDeadline)
                    && (ratedOn == null || ratedOn.isAfter(correctionDeadline))) {
                measures.add(Measure.CREDIT_SYSTEM_ENTRY);
                escalated = true;
            }
            // [platform rule] The text sets no retrofit deadline: the referral is raised as soon as the second
            // consecutive grade 5 is on record without a recorded retrofit; the district decides what follows.
            if (consecutive && !input.retrofitImplemented()) {
                measures.add(Measure.GREEN_DEVELOPMENT_REGULATION_ARTICLE_59);
                escalated = true;
                basis.add(Basis.of(EnergyDocuments.GREEN_DEVELOPMENT_REGULATION, "第五十九条"));
            }
        }
        if (escalated) {
            basis.add(EnergyDocuments.rating("第十三条"));
        }
        return new Decision(year, deadline, ratedOnTime, consecutive, measures, basis);
    }
}
