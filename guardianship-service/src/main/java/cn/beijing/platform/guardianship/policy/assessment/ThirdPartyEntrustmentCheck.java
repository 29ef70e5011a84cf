package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.Rule;
import java.time.LocalDate;
import cn.beijing.platform.policy.Basis;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import cn.beijing.platform.guardianship.policy.GazetteCitations;

/**
 * 第七条: entrusting a third-party professional organisation — a written agreement specifying the entrusted matters;
 * a legally registered social-work, legal or psychological service organisation experienced in minor protection or
 * investigation/assessment; assessors with a social-work, legal, psychology or education degree or certificate,
 * physically and mentally healthy, of good conduct, without a record of unlawful or criminal conduct, experienced;
 * recusal of the organisation or any assessor with an interest in the minor's guardian.
 */
@Rule(id = "entrustment", document = GazetteCitations.ASSESSMENT_MEASURES, article = "第七条")
public final class ThirdPartyEntrustmentCheck implements Decides<Entrustment, EntrustmentDecision> {

    @Override
    public EntrustmentDecision decide(Entrustment entrustment, LocalDate decisionDate) {
        return check(entrustment);
    }


    private static final Basis ARTICLE_7 = GazetteCitations.measures("第七条");

    /** @throws PolicyInputException naming the missing field (e.g. {@code assessors[0].goodConduct}) */
    public EntrustmentDecision check(Entrustment entrustment) {
        Inputs.required("entrustment", entrustment);
        boolean agreement = Inputs.required("writtenAgreementSigned", entrustment.writtenAgreementSigned());
        boolean matters = Inputs.required("entrustedMattersSpecified", entrustment.entrustedMattersSpecified());
        ThirdPartyOrganisation organisation = Inputs.required("organisation", entrustment.organisation());
        OrganisationType type = Inputs.required("organisation.type", organisation.type());
        boolean registered = Inputs.required("organisation.legallyRegistered", organisation.legallyRegistered());
        boolean experienced = Inputs.required("organisation.experiencedInMinorProtectionOrAssessment", organisation.experiencedInMinorProtectionOrAssessment());
        boolean organisationInterest = Inputs.required("organisation.interestInGuardian", organisation.interestInGuardian());
        List<ThirdPartyAssessor> assessors = Inputs.required("assessors", entrustment.assessors());

        List<RuleBreach<EntrustmentViolation>> breaches = new ArrayList<>();
        if (!agreement) {
            breaches.add(breach(EntrustmentViolation.NO_WRITTEN_AGREEMENT, "writtenAgreementSigned",
                    "no written entrustment agreement (应当签订委托协议)"));
        }
        if (!matters) {
            breaches.add(breach(EntrustmentViolation.ENTRUSTED_MATTERS_NOT_SPECIFIED, "entrustedMattersSpecified",
                    "the agreement does not specify the entrusted matters (明确委托事项)"));
        }
        if (!registered) {
            breaches.add(breach(EntrustmentViolation.ORGANISATION_NOT_REGISTERED, "organisation.legallyRegistered",
                    "the organisation is not legally registered (依法登记注册)"));
        }
        if (type == OrganisationType.OTHER) {
            breaches.add(breach(EntrustmentViolation.ORGANISATION_TYPE_NOT_ELIGIBLE, "organisation.type",
                    "only social-work, legal or psychological service organisations may be entrusted"));
        }
        if (!experienced) {
            breaches.add(breach(EntrustmentViolation.ORGANISATION_LACKS_EXPERIENCE,
                    "organisation.experiencedInMinorProtectionOrAssessment",
                    "the organisation lacks minor-protection or investigation/assessment experience"));
        }
        if (organisationInterest) {
            breaches.add(breach(EntrustmentViolation.ORGANISATION_RECUSAL_REQUIRED, "organisation.interestInGuardian",
                    "the organisation has an interest in the guardian and must recuse (应当回避)"));
        }
        if (assessors.isEmpty()) {
            breaches.add(breach(EntrustmentViolation.NO_ASSESSORS, "assessors", "no assessor named"));
        }
        for (int i = 0; i < assessors.size(); i++) {
            String prefix = "assessors[" + i + "]";
            ThirdPartyAssessor a = Inputs.required(prefix, assessors.get(i));
            Set<QualificationField> fields = Inputs.required(prefix + ".qualificationFields", a.qualificationFields());
            boolean healthy = Inputs.required(prefix + ".physicallyAndMentallyHealthy", a.physicallyAndMentallyHealthy());
            boolean conduct = Inputs.required(prefix + ".goodConduct", a.goodConduct());
            boolean record = Inputs.required(prefix + ".unlawfulOrCriminalRecord", a.unlawfulOrCriminalRecord());
            boolean experience = Inputs.required(prefix + ".relevantWorkExperience", a.relevantWorkExperience());
            boolean interest = Inputs.required(prefix + ".interestInGuardian", a.interestInGuardian());
            if (fields.isEmpty()) {
                breaches.add(breach(EntrustmentViolation.ASSESSOR_NOT_QUALIFIED, prefix + ".qualificationFields",
                        "no social-work, legal, psychology or education degree or certificate"));
            }
            if (!healthy) {
                breaches.add(breach(EntrustmentViolation.ASSESSOR_NOT_HEALTHY, prefix + ".physicallyAndMentallyHealthy",
                        "身心健康 not confirmed"));
            }
            if (!conduct) {
                breaches.add(breach(EntrustmentViolation.ASSESSOR_CONDUCT_NOT_GOOD, prefix + ".goodConduct",
                        "品行良好 not confirmed"));
            }
            if (record) {
                breaches.add(breach(EntrustmentViolation.ASSESSOR_HAS_UNLAWFUL_OR_CRIMINAL_RECORD,
                        prefix + ".unlawfulOrCriminalRecord", "has a record of unlawful or criminal conduct (违法犯罪记录)"));
            }
            if (!experience) {
                breaches.add(breach(EntrustmentViolation.ASSESSOR_LACKS_EXPERIENCE, prefix + ".relevantWorkExperience",
                        "no relevant work experience"));
            }
            if (interest) {
                breaches.add(breach(EntrustmentViolation.ASSESSOR_RECUSAL_REQUIRED, prefix + ".interestInGuardian",
                        "has an interest in the guardian and must recuse (应当回避)"));
            }
        }
        List<EntrustmentViolation> violations = breaches.stream().map(RuleBreach::code).distinct().toList();
        return new EntrustmentDecision(breaches.isEmpty(), violations, breaches, List.of(ARTICLE_7));
    }

    private static RuleBreach<EntrustmentViolation> breach(EntrustmentViolation code, String field, String detail) {
        return new RuleBreach<>(code, field, detail, List.of(ARTICLE_7));
    }
}
