package cn.beijing.platform.energy.renewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.calendar.PeriodCounting;

/**
 * A building's place in the renewal ledger of 京建法〔2024〕14号 on a date: its old-building classes (第二条) and
 * obligations (第七条), computed from the building data and the ledger's own copy of rated intensities (fed by
 * {@code energy.building-rated.v1}), the identifications the ledger made, low-efficiency nominations (第八条), the
 * latest priority evaluation (第九条) and the approved plans with their public notice (第十八条).
 *
 * @param trialInForce    14号 is in force on {@code date} (trial, three years from 2024-12-26); when not, no class
 * @param assessmentYear  the last year of consumption considered (the latest year on the ledger)
 * @param safetyAppraisal the latest recorded class-1 safety appraisal (第七条第二款), the one class 1 is read with;
 *                        {@code null} when none is recorded
 */
public record RenewalStatus(LocalDate date, boolean trialInForce, boolean inRenewalScope, boolean classOne,
                            boolean classTwo, List<String> reasons, List<String> obligations, Integer assessmentYear,
                            List<LedgerYear> ledgerIntensities, List<Identified> identifications,
                            boolean onLowEfficiencyLedger, List<Nomination> nominations, Priority priority,
                            List<Plan> plans, Appraisal safetyAppraisal, List<Basis> basis) {

    /** The appraisal in effect and what recording it did to class 1 (ENTERED, LEFT, UNCHANGED). */
    public record Appraisal(UUID id, LocalDate appraisedOn, String dangerGrade, String structuralOrSeismicGrade,
                            LocalDate measuresCompletedOn, String movement) {
    }

    /** The ledger's copy of a rating: E, C and whether E > share·C. */
    public record LedgerYear(int year, BigDecimal intensity, BigDecimal constraintValue) {
    }

    public record Identified(int assessmentYear, boolean classOne, boolean classTwo, List<String> reasons,
                             LocalDate identifiedOn, List<Basis> basis) {
    }

    public record Nomination(UUID id, boolean selfNominated, String criteria, String status, LocalDate decidedOn) {
    }

    public record Priority(boolean priority, boolean preconditionsMet, List<String> categories, LocalDate evaluatedOn,
                           List<Basis> basis) {
    }

    /**
     * @param counting how the notice's working days are counted: {@code FROM_NEXT_DAY} (民法典 第二百零一条), or
     *                 {@code FROM_SAME_DAY} for a plan recorded before the platform followed it
     */
    public record Plan(UUID id, String title, LocalDate approvedOn, LocalDate publishedOn, int minimumWorkingDays,
                       PeriodCounting counting, LocalDate earliestLastDay, LocalDate firstDayAfterNotice,
                       LocalDate plannedLastDay, List<Basis> basis) {
    }
}
