package cn.beijing.platform.subsidy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.beijing.platform.common.input.Area;
import cn.beijing.platform.common.input.Money;
import cn.beijing.platform.common.input.Year;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the stateless calculators (field names as in docs/API.md). */
final class CalculatorRequests {

    /** Days of rent in one evaluation: at most a leap year's. */
    static final int MAX_RENT_DAYS = 366;

    private CalculatorRequests() {
    }

    /** {@code POST /api/subsidies/kindergarten/per-child-settlements}. */
    record PerChildSettlementRequest(@NotNull @Year Integer year,
                                     @NotNull @Size(max = WorkflowRequests.MAX_CHILDREN) List<@NotNull @Valid Child> children) {
    }

    /** One child of the roster as the 学前管理系统 records it (the id is the kindergarten's own, no names). */
    record Child(@NotBlank @Size(max = 64) String id, @NotNull LocalDate birthDate, @NotNull LocalDate enteredOn, boolean autumnIntake,
                 LocalDate leftOn, boolean graduated) {
    }

    /** {@code POST /api/subsidies/kindergarten/rent-evaluations}. */
    record RentEvaluationRequest(@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 4)
                                 BigDecimal actualRentPerSquareMetrePerDay,
                                 @NotNull @PositiveOrZero @Area BigDecimal leasedArea,
                                 @NotNull @PositiveOrZero @Max(WorkflowRequests.MAX_CHILDREN) Integer children,
                                 @NotNull @PositiveOrZero @Area BigDecimal perChildAreaCap,
                                 @NotNull @PositiveOrZero @Max(MAX_RENT_DAYS) Integer days) {
    }

    /** {@code POST /api/subsidies/industrial-finance/licensed-institution-evaluations}. */
    record LicensedInstitutionRequest(@NotNull @PositiveOrZero @Money BigDecimal paidInCapital) {
    }

    /** {@code POST /api/subsidies/notice-period-evaluations}; no {@code workingDays}: the minimum of 第十四条. */
    record NoticePeriodRequest(@NotNull LocalDate publishedOn,
                               @Positive @Max(WorkflowRequests.MAX_WORKING_DAYS) Integer workingDays) {
    }

    /** {@code POST /api/subsidies/kindergarten/document-checks}. */
    record DocumentCheckRequest(@NotEmpty Set<@NotNull SubsidyKind> appliedFor,
                                @NotNull Set<@NotNull ApplicationDocument> submitted) {
    }
}
