package cn.beijing.platform.energy.policy.statistics;

import cn.beijing.platform.policy.Inputs;
import java.time.LocalDate;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.energy.policy.EnergyDocuments;

/**
 * Which phase of the statistics survey a day falls in (京建法〔2024〕13号 第七条(一)–(三)), under the survey calendar
 * of that day's year.
 */
@Rule(id = "survey-phase", document = EnergyDocuments.STATISTICS, article = "第七条")
public final class SurveyPhase implements Decides<SurveyPhase.Input, SurveyCalendar.PhaseDecision> {

    public record Input(LocalDate date) {
    }

    private final SurveyCalendar calendar;

    public SurveyPhase(SurveyCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public SurveyCalendar.PhaseDecision decide(Input input, LocalDate decisionDate) {
        return calendar.phaseOn(Inputs.required("input", input).date());
    }
}
