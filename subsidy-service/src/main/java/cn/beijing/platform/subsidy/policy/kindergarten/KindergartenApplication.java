package cn.beijing.platform.subsidy.policy.kindergarten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ChecklistDecision;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility.EligibilityDecision;

/**
 * One kindergarten subsidy application as the process knows it: what was applied for, the stored decisions of each
 * step (the 第十三条 checklist, the 第十二条 eligibility, the assessment of the amounts) and where it stands. Immutable:
 * {@link KindergartenApplicationProcess} returns the next state.
 *
 * @param eligibility absent until reviewed
 * @param assessment  absent until reviewed
 * @param noticeId    the public notice it is on (第十四条), once published
 */
public record KindergartenApplication(UUID id, UUID kindergartenId, String organisationId, int year,
                                      Set<SubsidyKind> kinds, Set<ApplicationDocument> documents, RentClaim rent,
                                      AidClaim aid, LocalDate appliedOn, ApplicationStatus status,
                                      ChecklistDecision checklist, EligibilityDecision eligibility,
                                      ApplicationAssessment assessment, LocalDate reviewedOn, LocalDate decidedOn,
                                      String decisionReason, UUID noticeId) {

    public KindergartenApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checklist, "checklist");
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        documents = documents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(documents));
    }

    /** Every condition met — documents (第十三条), eligibility (第十二条) and lease (第六条); absent until reviewed. */
    public Boolean eligible() {
        if (eligibility == null) {
            return null;
        }
        return eligibility.eligible() && checklist.complete() && (assessment == null || assessment.leaseEligible());
    }

    /** The assessed amount; absent until reviewed. */
    public BigDecimal amount() {
        return assessment == null ? null : assessment.amount();
    }

    /** Every failed condition, each with its document and article: documents, eligibility, then the lease. */
    public List<Failure> failures() {
        List<Failure> failures = new ArrayList<>(checklist.missing());
        if (eligibility != null) {
            failures.addAll(eligibility.failures());
        }
        if (assessment != null && assessment.lease() != null) {
            failures.addAll(assessment.lease().failures());
        }
        return List.copyOf(failures);
    }

    /** The lines to publish and pay, from the assessment. */
    public List<ApplicationAssessment.Line> lines() {
        return assessment == null ? List.of() : assessment.lines();
    }

    /** The kinds applied for, in their declared order. */
    public List<SubsidyKind> kindsInOrder() {
        return kinds.stream().sorted().toList();
    }

    /** The documents submitted, in the order of 第十三条. */
    public List<ApplicationDocument> documentsInOrder() {
        return documents.stream().sorted().toList();
    }

    KindergartenApplication withDocuments(Set<ApplicationDocument> submitted, ChecklistDecision newChecklist) {
        return new KindergartenApplication(id, kindergartenId, organisationId, year, kinds, submitted, rent, aid,
                appliedOn, status, newChecklist, eligibility, assessment, reviewedOn, decidedOn, decisionReason,
                noticeId);
    }

    KindergartenApplication reviewed(EligibilityDecision decision, ApplicationAssessment found, LocalDate on) {
        return new KindergartenApplication(id, kindergartenId, organisationId, year, kinds, documents, rent, aid,
                appliedOn, ApplicationStatus.REVIEWED, checklist, decision, found, on, null, null, null);
    }

    KindergartenApplication decided(ApplicationStatus outcome, LocalDate on, String reason) {
        return new KindergartenApplication(id, kindergartenId, organisationId, year, kinds, documents, rent, aid,
                appliedOn, outcome, checklist, eligibility, assessment, reviewedOn, on, reason, null);
    }

    KindergartenApplication published(UUID notice) {
        return new KindergartenApplication(id, kindergartenId, organisationId, year, kinds, documents, rent, aid,
                appliedOn, ApplicationStatus.IN_NOTICE, checklist, eligibility, assessment, reviewedOn, decidedOn,
                decisionReason, notice);
    }

    KindergartenApplication moved(ApplicationStatus to) {
        return new KindergartenApplication(id, kindergartenId, organisationId, year, kinds, documents, rent, aid,
                appliedOn, to, checklist, eligibility, assessment, reviewedOn, decidedOn, decisionReason, noticeId);
    }
}
