package cn.beijing.platform.subsidy.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.common.input.Area;
import cn.beijing.platform.common.input.FreeText;
import cn.beijing.platform.common.input.Money;
import cn.beijing.platform.subsidy.kindergartens.Findings;
import cn.beijing.platform.subsidy.kindergartens.PublicNotices;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import cn.beijing.platform.subsidy.policy.kindergarten.EvaluationGrade;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the kindergarten workflows (clients never set ids of what they create). */
final class WorkflowRequests {

    /** Classes and children of one kindergarten: far above any real one, below anything that could overflow. */
    static final int MAX_CLASSES = 1_000;
    static final int MAX_CHILDREN = 100_000;
    /** A public notice of more than a year of working days makes no sense (第十四条 asks for at least 5). */
    static final int MAX_WORKING_DAYS = 250;

    private WorkflowRequests() {
    }

    record FeeItem(@NotBlank @Size(max = 100) String item, @NotNull @PositiveOrZero @Money BigDecimal standard,
                   @NotBlank @Size(max = 50) String unit) {
    }

    /** {@code POST /api/subsidies/kindergartens}: the applicant registers its kindergarten (第二条). */
    record RegisterKindergartenRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 300) String address,
                                       @NotNull @Positive @Max(MAX_CLASSES) Integer classes,
                                       @NotNull @Positive @Max(MAX_CHILDREN) Integer capacity,
                                       @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2)
                                       BigDecimal monthlyFeeStandard,
                                       @NotNull @Size(max = 100) List<@NotNull @Valid FeeItem> feeItems,
                                       LocalDate registeredOn) {
    }

    /** {@code POST .../children}: entry completed (autumnIntake for the September small-class intake). */
    record ChildEntryRequest(@NotBlank @Size(max = 64) String childRef, @NotNull LocalDate birthDate,
                             @NotNull LocalDate enteredOn, boolean autumnIntake) {
    }

    /** {@code POST .../children/{childRef}/leaving}: leaving formalities completed. */
    record LeavingRequest(@NotNull LocalDate leftOn, boolean graduated) {
    }

    /** {@code POST .../graduations}: the graduating children leave on one day. */
    record GraduationRequest(@NotNull LocalDate graduatedOn,
                             @NotEmpty @Size(max = MAX_CHILDREN) List<@NotBlank @Size(max = 64) String> childRefs) {
    }

    record GraduationView(List<cn.beijing.platform.subsidy.kindergartens.Kindergartens.ChildView> children) {
    }

    record RentFacts(@NotNull @PositiveOrZero @Digits(integer = 12, fraction = 4) BigDecimal actualRentPerSquareMetrePerDay,
                     @NotNull @PositiveOrZero @Area BigDecimal leasedArea,
                     @NotNull @PositiveOrZero @Max(MAX_CHILDREN) Integer children,
                     @NotNull @PositiveOrZero @Area BigDecimal perChildAreaCap, @NotNull LocalDate periodStart,
                     @NotNull LocalDate periodEnd, boolean signedWithOwner, boolean newKindergarten,
                     @NotNull LocalDate leaseStart, @NotNull LocalDate leaseEnd, boolean thirdPartyAppraisalReport) {
    }

    record AidChild(@NotBlank @Size(max = 64) String id, boolean meetsAidConditions,
                    boolean approvedByEducationAuthority, @NotNull @Min(0) @Max(12) Integer monthsAided) {
    }

    record AidFacts(@NotEmpty @Size(max = MAX_CHILDREN) List<@NotNull @Valid AidChild> children) {
    }

    /** {@code POST /api/subsidies/kindergarten/applications}. */
    record KindergartenApplicationRequest(@NotNull UUID kindergartenId, @NotNull @Min(2000) @Max(2100) Integer year,
                                          @NotEmpty Set<@NotNull SubsidyKind> kinds,
                                          @NotNull Set<@NotNull ApplicationDocument> documents, LocalDate appliedOn,
                                          @Valid RentFacts rent, @Valid AidFacts aid) {
    }

    /** {@code PUT .../applications/{id}/documents}. */
    record DocumentsRequest(@NotNull Set<@NotNull ApplicationDocument> documents) {
    }

    /** {@code POST .../applications/{id}/eligibility-review}: the facts of 第二条 and 第十二条 the authority holds. */
    record EligibilityReviewRequest(boolean recognisedInclusive, boolean admissionsFollowPublicKindergartenRules,
                                    List<KindergartenEligibility.ComplianceRecord> records,
                                    boolean meetsOperatingAndSafetyConditions,
                                    KindergartenEligibility.Evaluation annualInspection,
                                    EvaluationGrade municipalSupervision, LocalDate reviewedOn) {
    }

    /** {@code POST .../applications/{id}/decision}. */
    record DecisionRequest(@NotNull Boolean approve, LocalDate decidedOn, @Size(max = 500) @FreeText String reason) {
    }

    /** {@code POST /api/subsidies/kindergarten/notices}: no {@code workingDays} → the minimum of 第十四条. */
    record PublishNoticeRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> applicationIds, LocalDate publishedOn,
                                @Positive @Max(MAX_WORKING_DAYS) Integer workingDays) {
    }

    /** {@code POST .../notices/{id}/objections}: an objection received from the public. */
    record ObjectionRequest(@NotNull UUID applicationId, LocalDate receivedOn,
                            @NotBlank @Size(max = 2000) @FreeText String summary) {
    }

    /** {@code POST .../notices/{id}/objections/{objectionId}/resolution}. */
    record ResolutionRequest(@NotNull PublicNotices.ObjectionOutcome outcome, LocalDate resolvedOn) {
    }

    /** {@code POST /api/subsidies/kindergartens/{id}/findings} (第十九条–第二十一条). */
    record FindingRequest(@NotNull Findings.Ground ground, LocalDate eventOn, LocalDate discoveredOn,
                          LocalDate violationStartedOn, LocalDate rectificationDeadline,
                          @PositiveOrZero @Money BigDecimal relatedFunds, boolean suspectedCrime) {
    }

    /** {@code POST .../findings/{findingId}/evaluation}: rectified on a day, or not (yet). */
    record FindingEvaluationRequest(LocalDate rectifiedOn) {
    }
}
