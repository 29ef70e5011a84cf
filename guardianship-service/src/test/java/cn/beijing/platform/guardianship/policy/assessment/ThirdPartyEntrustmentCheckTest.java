package cn.beijing.platform.guardianship.policy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThirdPartyEntrustmentCheckTest {

    private final ThirdPartyEntrustmentCheck check = new ThirdPartyEntrustmentCheck();

    static ThirdPartyOrganisation organisation(OrganisationType type) {
        return new ThirdPartyOrganisation(type, true, true, false);
    }

    static ThirdPartyAssessor qualifiedAssessor() {
        return new ThirdPartyAssessor(Set.of(QualificationField.SOCIAL_WORK), true, true, false, true, false);
    }

    static Entrustment compliant() {
        return new Entrustment(true, true, organisation(OrganisationType.SOCIAL_WORK_SERVICE),
                List.of(qualifiedAssessor(), qualifiedAssessor()));
    }

    @Test
    void aRegisteredExperiencedServiceOrganisationWithQualifiedAssessorsComplies() {
        for (OrganisationType type : List.of(OrganisationType.SOCIAL_WORK_SERVICE, OrganisationType.LEGAL_SERVICE,
                OrganisationType.PSYCHOLOGICAL_SERVICE)) {
            Entrustment e = new Entrustment(true, true, organisation(type), List.of(qualifiedAssessor()));
            assertThat(check.check(e).compliant()).as(type.name()).isTrue();
        }
        assertThat(check.check(compliant()).basis()).extracting(b -> b.article()).containsExactly("第七条");
    }

    @Test
    void needsAWrittenAgreementSpecifyingTheMatters() {
        assertThat(check.check(new Entrustment(false, false, organisation(OrganisationType.LEGAL_SERVICE),
                List.of(qualifiedAssessor()))).violations())
                .containsExactly(EntrustmentViolation.NO_WRITTEN_AGREEMENT, EntrustmentViolation.ENTRUSTED_MATTERS_NOT_SPECIFIED);
    }

    @Test
    void refusesUnregisteredInexperiencedOtherOrInterestedOrganisations() {
        Entrustment e = new Entrustment(true, true, new ThirdPartyOrganisation(OrganisationType.OTHER, false, false, true),
                List.of(qualifiedAssessor()));
        assertThat(check.check(e).violations()).containsExactly(EntrustmentViolation.ORGANISATION_NOT_REGISTERED,
                EntrustmentViolation.ORGANISATION_TYPE_NOT_ELIGIBLE, EntrustmentViolation.ORGANISATION_LACKS_EXPERIENCE,
                EntrustmentViolation.ORGANISATION_RECUSAL_REQUIRED);
    }

    @Test
    void checksEveryAssessor() {
        ThirdPartyAssessor unqualified = new ThirdPartyAssessor(Set.of(), false, false, true, false, true);
        EntrustmentDecision d = check.check(new Entrustment(true, true, organisation(OrganisationType.LEGAL_SERVICE),
                List.of(qualifiedAssessor(), unqualified)));
        assertThat(d.compliant()).isFalse();
        assertThat(d.violations()).containsExactly(EntrustmentViolation.ASSESSOR_NOT_QUALIFIED,
                EntrustmentViolation.ASSESSOR_NOT_HEALTHY, EntrustmentViolation.ASSESSOR_CONDUCT_NOT_GOOD,
                EntrustmentViolation.ASSESSOR_HAS_UNLAWFUL_OR_CRIMINAL_RECORD, EntrustmentViolation.ASSESSOR_LACKS_EXPERIENCE,
                EntrustmentViolation.ASSESSOR_RECUSAL_REQUIRED);
        assertThat(d.breaches()).allSatisfy(b -> assertThat(b.field()).startsWith("assessors[1]."));
    }

    @Test
    void anyOneOfTheFourFieldsQualifies() {
        for (QualificationField field : QualificationField.values()) {
            ThirdPartyAssessor a = new ThirdPartyAssessor(Set.of(field), true, true, false, true, false);
            assertThat(check.check(new Entrustment(true, true, organisation(OrganisationType.PSYCHOLOGICAL_SERVICE),
                    List.of(a))).compliant()).as(field.name()).isTrue();
        }
    }

    @Test
    void needsAtLeastOneAssessor() {
        assertThat(check.check(new Entrustment(true, true, organisation(OrganisationType.LEGAL_SERVICE), List.of()))
                .violations()).containsExactly(EntrustmentViolation.NO_ASSESSORS);
    }

    @Test
    void namesMissingFields() {
        assertThatThrownBy(() -> check.check(new Entrustment(true, true, organisation(OrganisationType.LEGAL_SERVICE),
                List.of(new ThirdPartyAssessor(Set.of(QualificationField.LAW), true, null, false, true, false)))))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("assessors[0].goodConduct"));
        assertThatThrownBy(() -> check.check(new Entrustment(null, true, organisation(OrganisationType.LEGAL_SERVICE),
                List.of())))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("writtenAgreementSigned"));
        assertThatThrownBy(() -> check.check(new Entrustment(true, true,
                new ThirdPartyOrganisation(null, true, true, false), List.of())))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("organisation.type"));
    }
}
