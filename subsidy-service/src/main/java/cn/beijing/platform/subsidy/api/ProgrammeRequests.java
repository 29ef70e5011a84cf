package cn.beijing.platform.subsidy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.common.input.FreeText;
import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.ProgrammeDisbursement;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy;
import cn.beijing.platform.subsidy.programmes.Programme;
import cn.beijing.platform.subsidy.programmes.ProgrammeNotices;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/** Request bodies of the 31号/33号/16号 evaluations and programme applications. */
final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    /** {@code POST /api/subsidies/sci-tech-culture/best-only-evaluations}. */
    record SciTechCultureBestOnlyRequest(@NotBlank @Size(max = 100) String projectId,
                                         @NotNull ApplicantStanding standing, @NotNull LocalDate eventDate,
                                         @NotNull Map<String, JsonNode> claims) {
    }

    /** {@code POST /api/subsidies/industrial-finance/highest-only-evaluations}. */
    record IndustrialFinanceHighestOnlyRequest(@NotNull ApplicantStanding standing, @NotNull LocalDate eventDate,
                                               @NotNull Map<String, JsonNode> claims, Boolean sameProject) {
    }

    /** {@code POST /api/subsidies/youth-employment/job-expansion-evaluations}: the hires of one employer. */
    record JobExpansionRequest(@NotNull Boolean employerIsEnterprise,
                               @NotNull List<JobExpansionSubsidy.@NotNull Hire> hires) {
    }

    /**
     * {@code POST /api/subsidies/programme-applications}: exactly the block of {@code programme} —
     * {@code sciTechCulture} (31号, with {@code standing} and {@code eventDate}), {@code industrialFinance} (33号,
     * with {@code standing}, {@code eventDate}, optional {@code sameProject}) or {@code youthEmployment} (16号).
     * {@code appliedOn} (default today) is the decision date of the evaluation.
     */
    record ProgrammeApplicationRequest(@NotNull Programme programme, @NotBlank @Size(max = 100) String projectId,
                                       LocalDate appliedOn, LocalDate eventDate, ApplicantStanding standing,
                                       Map<String, JsonNode> sciTechCulture, Map<String, JsonNode> industrialFinance,
                                       Boolean sameProject, @Valid JobExpansionRequest youthEmployment) {
    }

    /** {@code POST /api/subsidies/programme-applications/{id}/decision}. */
    record ProgrammeDecisionRequest(@NotNull Boolean approve, LocalDate decidedOn, @Size(max = 500) @FreeText String reason) {
    }

    /**
     * {@code POST /api/subsidies/programme-applications/{id}/clawback}: the whole support is recovered.
     *
     * @param statement what was found, for the officers only (never published)
     */
    record ClawbackRequest(@NotNull ProgrammeDisbursement.RecoveryGround ground, LocalDate orderedOn,
                           @Size(max = 2000) @FreeText String statement) {
    }

    /** {@code POST /api/subsidies/programme-notices}: approved applications of one programme. */
    record ProgrammeNoticeRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> applicationIds,
                                  LocalDate publishedOn,
                                  @Positive @Max(WorkflowRequests.MAX_WORKING_DAYS) Integer workingDays) {
    }

    /** {@code POST /api/subsidies/programme-notices/{id}/objections}. */
    record ProgrammeObjectionRequest(@NotNull UUID applicationId, LocalDate receivedOn,
                                     @NotBlank @Size(max = 2000) @FreeText String summary) {
    }

    /** {@code POST /api/subsidies/programme-notices/{id}/objections/{objectionId}/resolution}. */
    record ProgrammeResolutionRequest(@NotNull ProgrammeNotices.ObjectionOutcome outcome, LocalDate resolvedOn) {
    }
}
