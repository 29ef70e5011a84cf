package cn.beijing.platform.guardianship.api;

import cn.beijing.platform.common.input.FreeText;
import cn.beijing.platform.common.input.InputRules;
import cn.beijing.platform.common.input.Money;
import cn.beijing.platform.guardianship.api.CalculatorRequests.AssessorInput;
import cn.beijing.platform.guardianship.events.AssistanceNeed;
import cn.beijing.platform.guardianship.policy.assessment.AssessingAgency;
import cn.beijing.platform.guardianship.policy.assessment.AssessmentTrigger;
import cn.beijing.platform.guardianship.policy.assessment.AssistanceKind;
import cn.beijing.platform.guardianship.policy.assessment.ConductingMode;
import cn.beijing.platform.guardianship.policy.assessment.HouseholdReliefSituation;
import cn.beijing.platform.guardianship.policy.assessment.InvalidationGround;
import cn.beijing.platform.guardianship.policy.assessment.MemberRole;
import cn.beijing.platform.guardianship.policy.assessment.OrganisationType;
import cn.beijing.platform.guardianship.policy.assessment.OverallRisk;
import cn.beijing.platform.guardianship.policy.assessment.PoliceReportGrounds;
import cn.beijing.platform.guardianship.policy.assessment.QualificationField;
import cn.beijing.platform.guardianship.policy.assessment.Sex;
import cn.beijing.platform.guardianship.policy.assessment.GuardianRelationship;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Request bodies of the assessment workflow. Every {@code date} is the date of the step (default today, never in the
 * future, never before the last recorded step). Unknown properties are refused (400), so a guardian's name cannot
 * even be sent.
 */
final class AssessmentRequests {

    static final int MAX_TEXT = InputRules.MAX_TEXT;

    private AssessmentRequests() {
    }

    /** A request for a step on an existing assessment: the step's date, today when absent. */
    interface StepRequest {

        LocalDate date();
    }

    /**
     * 第四条/第五条. {@code householdSubDistrictCode}: the 9-digit administrative code of the household's
     * sub-district/township (街道/乡镇), where assistance referrals go first.
     */
    record OpenAssessmentRequest(LocalDate date, @NotNull AssessingAgency agency, @NotNull AssessmentTrigger trigger,
                                 @NotNull Sex minorSex, @NotNull LocalDate minorBirthDate,
                                 @NotNull @Size(min = 1, max = 4) List<@Valid @NotNull GuardianInput> guardians,
                                 @NotNull @Pattern(regexp = "11[0-9]{7}", message = "must be the 9-digit code of a Beijing sub-district or township")
                                 String householdSubDistrictCode) {
    }

    /** A guardian by relationship to the minor only. */
    record GuardianInput(@NotNull GuardianRelationship relationship) {
    }

    /** 第十条 written notice, 第十三条 written notice of problems. */
    record DatedStepRequest(LocalDate date) implements StepRequest {
    }

    /** 第六条 own team ({@code members}) or 第七条 entrusted third party ({@code entrustment}). */
    record TeamAssignmentRequest(LocalDate date, @NotNull ConductingMode mode,
                                 @Size(max = 30) List<@Valid @NotNull TeamMemberInput> members,
                                 @Valid EntrustmentInput entrustment) implements StepRequest {
    }

    /** {@code subject}: the member's platform user id; members with the assessor role may then see the assessment. */
    record TeamMemberInput(@NotBlank @Size(max = 200) String subject, @NotNull MemberRole role,
                           @NotNull Boolean conflictOfInterest) {
    }

    record EntrustmentInput(@NotNull Boolean writtenAgreementSigned, @NotNull Boolean entrustedMattersSpecified,
                            @NotNull @Valid OrganisationInput organisation,
                            @NotNull @Size(max = 30) List<@Valid @NotNull ThirdPartyAssessorInput> assessors) {
    }

    /** {@code registrationNumber}: the organisation's 18-character unified social credit code (统一社会信用代码). */
    record OrganisationInput(@NotNull OrganisationType type,
                             @Pattern(regexp = "[0-9A-HJ-NP-RTUWXY]{18}", message = "must be an 18-character unified social credit code")
                             String registrationNumber,
                             @NotNull Boolean legallyRegistered, @NotNull Boolean experiencedInMinorProtectionOrAssessment,
                             @NotNull Boolean interestInGuardian) {
    }

    record ThirdPartyAssessorInput(@NotBlank @Size(max = 200) String subject,
                                   @NotNull Set<@NotNull QualificationField> qualificationFields,
                                   @NotNull Boolean physicallyAndMentallyHealthy, @NotNull Boolean goodConduct,
                                   @NotNull Boolean unlawfulOrCriminalRecord, @NotNull Boolean relevantWorkExperience,
                                   @NotNull Boolean interestInGuardian) {
    }

    /** 第十一条: {@code recordingReference} is the archive reference of the visit's text/audio/video record. */
    record VisitRequest(LocalDate date, @NotNull @Size(max = 50) List<@Valid @NotNull AssessorInput> assessors,
                        @Size(max = 200) String recordingReference, @NotNull Boolean minorViewsRecorded)
            implements StepRequest {
    }

    /** 附件: the assessment points examined, each with the evidence behind it. */
    record FindingsRequest(LocalDate date, @NotNull @Size(max = 100) List<@Valid @NotNull FindingInput> findings,
                           @Valid GroundsInput policeReportGrounds) implements StepRequest {
    }

    record FindingInput(@NotBlank @Size(max = 16) String indicatorCode, @NotNull Boolean adverse,
                        @NotBlank @Size(max = MAX_TEXT) @FreeText String evidenceNote) {
    }

    /** 第十四条. */
    record GroundsInput(@NotNull Boolean seriousHarmToMinor, @NotNull Boolean otherSeriousInfringement,
                        @NotNull Boolean suspectedUnlawfulOrCriminal) {

        PoliceReportGrounds toPolicy() {
            return new PoliceReportGrounds(seriousHarmToMinor, otherSeriousInfringement, suspectedUnlawfulOrCriminal);
        }
    }

    record PoliceReferralRequest(LocalDate date, @NotNull @Valid GroundsInput grounds) implements StepRequest {
    }

    /** 第十二条: the three conclusions and the recommendations. */
    record ReportRequest(LocalDate date, @NotNull Boolean dutyProperlyFulfilled, @NotNull Boolean hasGuardianshipCapacity,
                         @NotNull OverallRisk riskConclusion,
                         @Size(max = 30) @FreeText List<@NotNull @Size(max = MAX_TEXT) String> recommendations,
                         @Size(max = MAX_TEXT) @FreeText String reasonForDifferingRiskConclusion) implements StepRequest {
    }

    /** 第十六条: recorded only to be refused. */
    record FeeRequest(LocalDate date, @NotNull @PositiveOrZero @Money BigDecimal amount) implements StepRequest {
    }

    /** 京民社救发〔2024〕111号 二(二)4. */
    record AssistanceReferralRequest(LocalDate date, @NotNull AssistanceKind kind,
                                     @NotNull HouseholdReliefSituation householdSituation, @NotNull AssistanceNeed need,
                                     @Valid ConsentInput consent) implements StepRequest {
    }

    /** The family's consent: when it was recorded and the reference of the signed record. */
    record ConsentInput(LocalDate recordedOn, @Size(max = 200) String reference) {
    }

    /** 第十八条. */
    record InvalidationRequest(LocalDate date, @NotNull InvalidationGround ground,
                               @NotBlank @Size(max = MAX_TEXT) @FreeText String statement) implements StepRequest {
    }
}
