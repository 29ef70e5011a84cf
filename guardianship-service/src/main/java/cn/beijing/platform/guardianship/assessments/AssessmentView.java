package cn.beijing.platform.guardianship.assessments;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.guardianship.events.AssistanceNeed;
import cn.beijing.platform.guardianship.events.PoliceReferralCategory;
import cn.beijing.platform.guardianship.policy.assessment.AssessingAgency;
import cn.beijing.platform.guardianship.policy.assessment.Assessment;
import cn.beijing.platform.guardianship.policy.assessment.AssessmentOpened;
import cn.beijing.platform.guardianship.policy.assessment.AssessmentStage;
import cn.beijing.platform.guardianship.policy.assessment.AssessmentTrigger;
import cn.beijing.platform.guardianship.policy.assessment.Assessor;
import cn.beijing.platform.guardianship.policy.assessment.AssistanceKind;
import cn.beijing.platform.guardianship.policy.assessment.AssistanceReferred;
import cn.beijing.platform.guardianship.policy.assessment.ConclusionInvalidated;
import cn.beijing.platform.guardianship.policy.assessment.ConductingMode;
import cn.beijing.platform.guardianship.policy.assessment.Entrustment;
import cn.beijing.platform.guardianship.policy.assessment.FindingsRecorded;
import cn.beijing.platform.guardianship.policy.assessment.HouseholdReliefSituation;
import cn.beijing.platform.guardianship.policy.assessment.IndicatorRisk;
import cn.beijing.platform.guardianship.policy.assessment.InvalidationGround;
import cn.beijing.platform.guardianship.policy.assessment.MemberRole;
import cn.beijing.platform.guardianship.policy.assessment.OrganisationType;
import cn.beijing.platform.guardianship.policy.assessment.OverallRisk;
import cn.beijing.platform.guardianship.policy.assessment.PoliceReported;
import cn.beijing.platform.guardianship.policy.assessment.ProblemsNotified;
import cn.beijing.platform.guardianship.policy.assessment.QualificationField;
import cn.beijing.platform.guardianship.policy.assessment.ReferralChannel;
import cn.beijing.platform.guardianship.policy.assessment.ReportIssued;
import cn.beijing.platform.guardianship.policy.assessment.Sex;
import cn.beijing.platform.guardianship.policy.assessment.TeamAssigned;
import cn.beijing.platform.guardianship.policy.assessment.TeamMember;
import cn.beijing.platform.guardianship.policy.assessment.ThirdPartyAssessor;
import cn.beijing.platform.guardianship.policy.assessment.VisitConducted;
import cn.beijing.platform.guardianship.policy.assessment.WrittenNoticeGiven;
import cn.beijing.platform.guardianship.store.EventAnnotations;
import cn.beijing.platform.guardianship.policy.assessment.GuardianRelationship;
import cn.beijing.platform.guardianship.store.StoredEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An assessment as its authorised readers see it: the current state derived from the history, and the history itself
 * (nothing is ever removed: an invalidated report stays, marked {@code valid: false}). Confidential (第十五条).
 */
public record AssessmentView(UUID id, String agencyId, AssessingAgency agency, AssessmentTrigger trigger, boolean mandatory,
                      AssessmentStage stage, LocalDate openedOn, Sex minorSex, LocalDate minorBirthDate,
                      List<GuardianRelationship> guardians, String householdReference, String householdSubDistrictCode,
                      LocalDate writtenNoticeOn, TeamView team, List<VisitView> visits, FindingsView findings,
                      ReportView report, LocalDate problemsNotifiedOn, boolean policeReportDue,
                      List<PoliceReferralView> policeReferrals, List<AssistanceReferralView> assistanceReferrals,
                      InvalidationView invalidation, List<HistoryEntry> history) {

    public static AssessmentView of(CaseFile file) {
        Assessment a = file.assessment();
        AssessmentOpened opened = a.opening();
        EventAnnotations openingNotes = file.history().get(0).annotations();
        TeamView team = null;
        FindingsView findings = null;
        List<VisitView> visits = new ArrayList<>();
        List<PoliceReferralView> police = new ArrayList<>();
        List<AssistanceReferralView> assistance = new ArrayList<>();
        List<HistoryEntry> history = new ArrayList<>();
        for (StoredEvent stored : file.history()) {
            EventAnnotations notes = stored.annotations();
            if (stored.event() instanceof TeamAssigned t) {
                team = TeamView.of(t, notes);
            } else if (stored.event() instanceof VisitConducted v) {
                visits.add(new VisitView(v.date(), v.assessors(), v.recordingReference(), v.minorAgeYears(),
                        v.minorInterviewRequired(), v.minorViewsRecorded(), v.basis()));
            } else if (stored.event() instanceof FindingsRecorded f) {
                findings = FindingsView.of(f, notes);
            } else if (stored.event() instanceof PoliceReported p) {
                police.add(new PoliceReferralView(notes.referralId(), notes.policeCategory(), p.date(), p.basis()));
            } else if (stored.event() instanceof AssistanceReferred r) {
                assistance.add(new AssistanceReferralView(notes.referralId(), r.kind(), r.situation(),
                        notes.assistanceNeed(), r.consent() == null ? null : r.consent().recordedOn(),
                        r.consent() == null ? null : r.consent().reference(), r.channel(), r.date(), r.basis()));
            }
            history.add(new HistoryEntry(stored.seq(), stored.event().getClass().getSimpleName(), stored.event().date(),
                    stored.recordedBy(), stored.recordedAt().withOffsetSameInstant(ZoneOffset.UTC), stored.event().basis()));
        }
        ReportView report = a.report().map(r -> new ReportView(r.date(), r.dutyProperlyFulfilled(),
                r.hasGuardianshipCapacity(), r.riskConclusion(), r.computedRisk(), r.recommendations(),
                r.reasonForDifferingRiskConclusion(), !a.invalidated(), r.basis())).orElse(null);
        InvalidationView invalidation = a.invalidation().map(InvalidationView::of).orElse(null);
        return new AssessmentView(file.record().id(), file.record().agencyId(), opened.agency(), opened.trigger(),
                opened.mandatory(), a.stage(), opened.date(), opened.minorSex(), opened.minorBirthDate(),
                openingNotes.guardians() == null ? List.of() : openingNotes.guardians(),
                file.record().householdReference(), file.record().subDistrictCode(),
                a.writtenNotice().map(WrittenNoticeGiven::date).orElse(null), team, visits, findings, report,
                a.problemsNotified().map(ProblemsNotified::date).orElse(null), a.policeReportDue(), police, assistance,
                invalidation, history);
    }

    record TeamView(LocalDate assignedOn, ConductingMode mode, List<MemberView> members, EntrustmentView entrustment,
                    List<Basis> basis) {

        static TeamView of(TeamAssigned t, EventAnnotations notes) {
            List<String> subjects = notes.assessorSubjects() == null ? List.of() : notes.assessorSubjects();
            List<MemberView> members = new ArrayList<>();
            for (int i = 0; i < t.members().size(); i++) {
                TeamMember m = t.members().get(i);
                members.add(new MemberView(i < subjects.size() ? subjects.get(i) : null, m.role(), m.conflictOfInterest()));
            }
            EntrustmentView entrustment = null;
            if (t.entrustment() != null) {
                Entrustment e = t.entrustment();
                List<ThirdPartyAssessorView> assessors = new ArrayList<>();
                for (int i = 0; i < e.assessors().size(); i++) {
                    ThirdPartyAssessor x = e.assessors().get(i);
                    assessors.add(new ThirdPartyAssessorView(i < subjects.size() ? subjects.get(i) : null,
                            x.qualificationFields(), x.physicallyAndMentallyHealthy(), x.goodConduct(),
                            x.unlawfulOrCriminalRecord(), x.relevantWorkExperience(), x.interestInGuardian()));
                }
                entrustment = new EntrustmentView(e.writtenAgreementSigned(), e.entrustedMattersSpecified(),
                        new OrganisationView(e.organisation().type(), notes.organisationRegistration(),
                                e.organisation().legallyRegistered(),
                                e.organisation().experiencedInMinorProtectionOrAssessment(),
                                e.organisation().interestInGuardian()),
                        assessors);
            }
            return new TeamView(t.date(), t.mode(), members, entrustment, t.basis());
        }
    }

    record MemberView(String subject, MemberRole role, Boolean conflictOfInterest) {
    }

    record EntrustmentView(Boolean writtenAgreementSigned, Boolean entrustedMattersSpecified, OrganisationView organisation,
                           List<ThirdPartyAssessorView> assessors) {
    }

    record OrganisationView(OrganisationType type, String registrationNumber, Boolean legallyRegistered,
                            Boolean experiencedInMinorProtectionOrAssessment, Boolean interestInGuardian) {
    }

    record ThirdPartyAssessorView(String subject, Set<QualificationField> qualificationFields,
                                  Boolean physicallyAndMentallyHealthy, Boolean goodConduct,
                                  Boolean unlawfulOrCriminalRecord, Boolean relevantWorkExperience,
                                  Boolean interestInGuardian) {
    }

    record VisitView(LocalDate date, List<Assessor> assessors, String recordingReference, int minorAgeYears,
                     boolean minorInterviewRequired, boolean minorViewsRecorded, List<Basis> basis) {
    }

    /** The latest findings, the risk computed from them (附件) and whether they oblige a police report (第十四条). */
    record FindingsView(LocalDate recordedOn, List<FindingView> items, OverallRisk overallRisk,
                        List<String> highRiskFindings, List<String> mediumRiskFindings, List<String> lowRiskFindings,
                        boolean policeReportRequired, List<Basis> basis) {

        static FindingsView of(FindingsRecorded f, EventAnnotations notes) {
            List<FindingView> items = new ArrayList<>();
            if (notes.findingNotes() != null) {
                for (EventAnnotations.FindingNote note : notes.findingNotes()) {
                    items.add(new FindingView(note.indicatorCode(), note.adverse(), riskOf(note.indicatorCode(), f),
                            note.evidenceNote()));
                }
            }
            return new FindingsView(f.date(), items, f.risk().overallRisk(), f.risk().highRiskFindings(),
                    f.risk().mediumRiskFindings(), f.risk().lowRiskFindings(), f.policeReportRequired(), f.basis());
        }

        /** The risk of an adverse point as the evaluation classified it; null for points not found adverse. */
        private static IndicatorRisk riskOf(String code, FindingsRecorded f) {
            if (f.risk().highRiskFindings().contains(code)) {
                return IndicatorRisk.HIGH;
            }
            if (f.risk().mediumRiskFindings().contains(code)) {
                return IndicatorRisk.MEDIUM;
            }
            return f.risk().lowRiskFindings().contains(code) ? IndicatorRisk.LOW : null;
        }
    }

    record FindingView(String indicatorCode, boolean adverse, IndicatorRisk risk, String evidenceNote) {
    }

    /** 第十二条: the assessors' risk conclusion beside the computed risk; {@code valid} false after 第十八条. */
    record ReportView(LocalDate issuedOn, boolean dutyProperlyFulfilled, boolean hasGuardianshipCapacity,
                      OverallRisk riskConclusion, OverallRisk computedRisk, List<String> recommendations,
                      String reasonForDifferingRiskConclusion, boolean valid, List<Basis> basis) {
    }

    record PoliceReferralView(UUID referralId, PoliceReferralCategory category, LocalDate referredOn, List<Basis> basis) {
    }

    record AssistanceReferralView(UUID referralId, AssistanceKind kind, HouseholdReliefSituation householdSituation,
                                  AssistanceNeed need, LocalDate consentRecordedOn, String consentReference,
                                  ReferralChannel channel, LocalDate referredOn, List<Basis> basis) {
    }

    record InvalidationView(LocalDate invalidatedOn, InvalidationGround ground, String statement, List<Basis> basis) {

        static InvalidationView of(ConclusionInvalidated c) {
            return new InvalidationView(c.date(), c.ground(), c.statement(), c.basis());
        }
    }

    /** One recorded step: what, on which date, by whom, when recorded, on which basis. */
    record HistoryEntry(int seq, String type, LocalDate date, String recordedBy, OffsetDateTime recordedAt,
                        List<Basis> basis) {
    }
}
