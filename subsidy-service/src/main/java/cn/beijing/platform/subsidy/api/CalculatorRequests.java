package cn.beijing.platform.subsidy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** Request bodies of the stateless calculators (field names as in API.md). */
final class CalculatorRequests {

    private CalculatorRequests() {
    }

    /** {@code POST /api/subsidies/kindergarten/per-child-settlements}. */
    record PerChildSettlementRequest(@NotNull @Min(1) @Max(9999) Integer year,
                                     @NotNull List<@NotNull @Valid Child> children) {
    }

    /** One child of the roster as the 学前管理系统 records it (the id is the kindergarten's own, no names). */
    record Child(@NotBlank String id, @NotNull LocalDate birthDate, @NotNull LocalDate enteredOn, boolean autumnIntake,
                 LocalDate leftOn, boolean graduated) {
    }

    /** {@code POST /api/subsidies/kindergarten/rent-evaluations}. */
    record RentEvaluationRequest(@NotNull @PositiveOrZero BigDecimal actualRentPerSquareMetrePerDay,
                                 @NotNull @PositiveOrZero BigDecimal leasedArea,
                                 @NotNull @PositiveOrZero Integer children,
                                 @NotNull @PositiveOrZero BigDecimal perChildAreaCap,
                                 @NotNull @PositiveOrZero Integer days) {
    }

    /** {@code POST /api/subsidies/industrial-finance/licensed-institution-evaluations}. */
    record LicensedInstitutionRequest(@NotNull @PositiveOrZero BigDecimal paidInCapital) {
    }

    /** {@code POST /api/subsidies/notice-period-evaluations}; no {@code workingDays}: the minimum of 第十四条. */
    record NoticePeriodRequest(@NotNull LocalDate publishedOn, @Positive Integer workingDays) {
    }

    /** {@code POST /api/subsidies/kindergarten/document-checks}. */
    record DocumentCheckRequest(@NotEmpty Set<@NotNull SubsidyKind> appliedFor,
                                @NotNull Set<@NotNull ApplicationDocument> submitted) {
    }
}
