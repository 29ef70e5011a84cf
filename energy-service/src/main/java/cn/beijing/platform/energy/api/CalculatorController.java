package cn.beijing.platform.energy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import cn.beijing.platform.common.input.Area;
import cn.beijing.platform.common.input.Quantity;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.rating.EnergyGrade;
import cn.beijing.platform.energy.policy.rating.RatingScope;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Stateless "what if" calculators (docs/API.md), open to any authenticated caller. They reach their decisions through the
 * same policy objects as the stateful workflow. The decision date is today unless {@code decisionDate} is given.
 */
@RestController
@RequiredArgsConstructor
class CalculatorController {

    /**
     * @param centralGovernmentOffice optional (default false): 京建法〔2024〕12号 第十五条(二)
     * @param decisionDate            optional (default today, Asia/Shanghai)
     */
    record ScopeEvaluationRequest(@NotNull @Area BigDecimal totalArea, @NotNull @Area BigDecimal publicArea, Boolean stateSecret,
                                  Boolean stateOrganOffice, Boolean centralGovernmentOffice,
                                  LocalDate decisionDate) {
    }

    record ScopeEvaluationResponse(boolean ratingRequired, boolean largePublicBuilding, boolean statisticsMandatory,
                                   boolean meetsRatingCriteria, boolean ratingDeadlineApplies,
                                   List<RatingScope.StatisticsSampleCategory> statisticsCategories,
                                   List<RatingScope.RatingExemption> exemptions, BigDecimal publicShare,
                                   LocalDate decisionDate, List<Basis> basis) {
    }

    record GradeEvaluationRequest(@NotNull @Quantity BigDecimal intensity, @NotNull @Quantity BigDecimal guideValue,
                                  @NotNull @Quantity BigDecimal constraintValue, LocalDate decisionDate) {
    }

    record GradeEvaluationResponse(int grade, List<EnergyGrade.Obligation> obligations, boolean labelEligible,
                                   boolean demonstrationEligible, boolean greenBuildingLabelEligible,
                                   BigDecimal thirdGradeUpperBound, BigDecimal fourthGradeUpperBound,
                                   LocalDate decisionDate, List<Basis> basis) {
    }

    private final EnergyGrade energyGrade;
    private final RatingScope ratingScope;
    private final RequestDates dates;

    @Operation(summary = "Whether a building must be rated, is a large public building and a mandatory statistics sample (京建法〔2024〕12号 第三条, 第八条, 第十五条; 京建法〔2024〕13号 第三条)")
    @PostMapping("/api/energy/scope-evaluations")
    Mono<ScopeEvaluationResponse> scope(@Valid @RequestBody ScopeEvaluationRequest request) {
        return onDecisionDate(request.decisionDate(), date -> {
            RatingScope.Decision d = ratingScope.decide(new RatingScope.Input(
                    request.totalArea(), request.publicArea(), Boolean.TRUE.equals(request.stateSecret()),
                    Boolean.TRUE.equals(request.stateOrganOffice()),
                    Boolean.TRUE.equals(request.centralGovernmentOffice())), date);
            return new ScopeEvaluationResponse(d.ratingRequired(), d.largePublicBuilding(), d.statisticsMandatory(),
                    d.meetsRatingCriteria(), d.ratingDeadlineApplies(), d.statisticsCategories(), d.exemptions(),
                    d.publicShare(), date, d.basis());
        });
    }

    @Operation(summary = "The energy-efficiency grade of an intensity against the guide and constraint values, with its obligations (京建法〔2024〕12号 第五条, 第九条)")
    @PostMapping("/api/energy/grade-evaluations")
    Mono<GradeEvaluationResponse> grade(@Valid @RequestBody GradeEvaluationRequest request) {
        return onDecisionDate(request.decisionDate(), date -> {
            EnergyGrade.Decision d = energyGrade.decide(new EnergyGrade.Input(
                    request.intensity(), request.guideValue(), request.constraintValue()), date);
            return new GradeEvaluationResponse(d.grade(), d.obligations(), d.labelEligible(),
                    d.demonstrationEligible(), d.greenBuildingLabelEligible(), d.thirdGradeUpperBound(),
                    d.fourthGradeUpperBound(), date, d.basis());
        });
    }

    /** Runs a calculator on the request's {@code decisionDate}, or on today when it names none. */
    private <R> Mono<R> onDecisionDate(LocalDate decisionDate, Function<LocalDate, R> calculator) {
        return Mono.fromCallable(() -> calculator.apply(dates.orToday(decisionDate)));
    }
}
