package cn.beijing.platform.energy.policy.statistics;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.AnnualDeadline;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * The yearly calendar of the energy and resource consumption statistics survey (京建法〔2024〕13号 第七条):
 * by March 31 the scope and per-district quota are published; by May 31 sample lists, owner data and utility
 * settlement data are in; by September 30 data are aggregated, jointly reviewed and the report is produced.
 * The survey of year Y collects the data of the previous year ("上一年度数据").
 */
@Rule(id = "survey-calendar", document = EnergyDocuments.STATISTICS, article = "第七条",
        parameters = "survey-calendar")
public final class SurveyCalendar implements Decides<SurveyCalendar.Input, SurveyCalendar.Schedule> {

    /**
     * @param scopeAndQuotaBy              第七条(一) "每年3月底前"
     * @param dataSubmissionBy             第七条(二) "每年5月底前"
     * @param aggregationAndJointReviewBy  第七条(三) "每年9月底前"
     * @param dataYearsBack                第七条(二) "上一年度": the data year is {@code surveyYear - dataYearsBack}
     */
    public record Milestones(MonthDay scopeAndQuotaBy, MonthDay dataSubmissionBy,
                             MonthDay aggregationAndJointReviewBy, int dataYearsBack) {
        public Milestones {
            Objects.requireNonNull(scopeAndQuotaBy, "scopeAndQuotaBy");
            Objects.requireNonNull(dataSubmissionBy, "dataSubmissionBy");
            Objects.requireNonNull(aggregationAndJointReviewBy, "aggregationAndJointReviewBy");
            if (!scopeAndQuotaBy.isBefore(dataSubmissionBy) || !dataSubmissionBy.isBefore(aggregationAndJointReviewBy)) {
                throw new IllegalArgumentException("milestones must be in calendar order");
            }
            if (dataYearsBack < 0) {
                throw new IllegalArgumentException("dataYearsBack must not be negative");
            }
        }
    }


    /** @param surveyYear the year of the survey (it collects the data of the year before) */
    public record Input(int surveyYear) {
    }

    public enum Phase {
        /** Up to March 31: 市住房城乡建设委 publishes each district's scope and quota. */
        SCOPE_AND_QUOTA_PUBLICATION,
        /** April 1 to May 31: sample lists, owner data, utility settlement data. */
        SAMPLE_LISTS_AND_DATA_SUBMISSION,
        /** June 1 to September 30: aggregation, joint review, report. */
        AGGREGATION_AND_JOINT_REVIEW,
        /** After September 30: the year's survey is closed. */
        COMPLETED
    }

    public record Schedule(int surveyYear, int dataYear, LocalDate scopeAndQuotaBy, LocalDate dataSubmissionBy,
                           LocalDate aggregationAndJointReviewBy, List<Basis> basis) {
        public Schedule {
            basis = List.copyOf(basis);
        }
    }

    /** @param phaseEndsOn last day of the phase, {@code null} for {@link Phase#COMPLETED} */
    public record PhaseDecision(LocalDate date, int surveyYear, int dataYear, Phase phase, LocalDate phaseEndsOn,
                                List<Basis> basis) {
        public PhaseDecision {
            basis = List.copyOf(basis);
        }
    }

    private final EffectiveDated<Milestones> milestones;

    public SurveyCalendar(ParameterSet parameters) {
        milestones = parameters.get("survey-calendar", v -> new Milestones(
                AnnualDeadline.monthDay(v, "scope_and_quota_by_"), AnnualDeadline.monthDay(v, "data_submission_by_"),
                AnnualDeadline.monthDay(v, "aggregation_and_joint_review_by_"), v.get("data_years_back").count()));
    }

    @Override
    public Schedule decide(Input input, LocalDate decisionDate) {
        return forYear(Inputs.required("input", input).surveyYear());
    }

    /** The survey schedule of {@code surveyYear}, under the calendar in force on its first milestone. */
    public Schedule forYear(int surveyYear) {
        InForce<Milestones> milestones = this.milestones
                .governing(m -> m.scopeAndQuotaBy().atYear(surveyYear), "surveyYear");
        Milestones m = milestones.value();
        return new Schedule(surveyYear, surveyYear - m.dataYearsBack(), m.scopeAndQuotaBy().atYear(surveyYear),
                m.dataSubmissionBy().atYear(surveyYear), m.aggregationAndJointReviewBy().atYear(surveyYear),
                List.of(EnergyDocuments.statistics("第七条", milestones)));
    }

    /** The phase of the survey of {@code date}'s year on {@code date}. */
    public PhaseDecision phaseOn(LocalDate date) {
        Inputs.required("date", date);
        Schedule schedule = forYear(date.getYear());
        Phase phase;
        LocalDate endsOn;
        if (!date.isAfter(schedule.scopeAndQuotaBy())) {
            phase = Phase.SCOPE_AND_QUOTA_PUBLICATION;
            endsOn = schedule.scopeAndQuotaBy();
        } else if (!date.isAfter(schedule.dataSubmissionBy())) {
            phase = Phase.SAMPLE_LISTS_AND_DATA_SUBMISSION;
            endsOn = schedule.dataSubmissionBy();
        } else if (!date.isAfter(schedule.aggregationAndJointReviewBy())) {
            phase = Phase.AGGREGATION_AND_JOINT_REVIEW;
            endsOn = schedule.aggregationAndJointReviewBy();
        } else {
            phase = Phase.COMPLETED;
            endsOn = null;
        }
        return new PhaseDecision(date, schedule.surveyYear(), schedule.dataYear(), phase, endsOn, schedule.basis());
    }
}
