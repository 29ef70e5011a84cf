package cn.beijing.platform.guardianship.policy.assessment;

import static cn.beijing.platform.guardianship.policy.assessment.ShippedParameters.PARAMETERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitTeamCheckTest {

    private final VisitTeamCheck check = new VisitTeamCheck(PARAMETERS);
    private final LocalDate date = LocalDate.of(2025, 3, 1);

    private static Assessor woman() {
        return new Assessor(Sex.F, true, false);
    }

    private static Assessor man() {
        return new Assessor(Sex.M, true, false);
    }

    private VisitTeamDecision check(Sex minor, int age, Assessor... assessors) {
        return check.check(new VisitTeam(minor, age, List.of(assessors)), date);
    }

    @Test
    void twoCredentialedAssessorsWithAWomanForAGirlComply() {
        VisitTeamDecision d = check(Sex.F, 10, woman(), man());
        assertThat(d.compliant()).isTrue();
        assertThat(d.violations()).isEmpty();
        assertThat(d.basis()).contains(new Basis("京民儿福发〔2024〕103号", "第十一条", "minimum-visit-assessors@2024-11-18"));
    }

    @Test
    void oneAssessorIsTooFewTwoAndThreeAreEnough() {
        assertThat(check(Sex.M, 10, man()).violations()).containsExactly(VisitTeamViolation.FEWER_THAN_TWO_ASSESSORS);
        assertThat(check(Sex.M, 10).violations()).containsExactly(VisitTeamViolation.FEWER_THAN_TWO_ASSESSORS);
        assertThat(check(Sex.M, 10, man(), man()).compliant()).isTrue();
        assertThat(check(Sex.M, 10, man(), man(), man()).compliant()).isTrue();
    }

    @Test
    void aGirlWithoutAFemaleAssessorIsNotCompliantABoyIs() {
        VisitTeamDecision girl = check(Sex.F, 10, man(), man());
        assertThat(girl.violations()).containsExactly(VisitTeamViolation.NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR);
        assertThat(girl.basisOf(VisitTeamViolation.NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR)).containsExactly(
                new Basis("京民儿福发〔2024〕103号", "第十一条", "female-assessors-for-female-minor@2024-11-18"));
        assertThat(check(Sex.M, 10, man(), man()).compliant()).isTrue();
        assertThat(check(Sex.F, 10, woman(), woman()).compliant()).isTrue();
    }

    @Test
    void everyAssessorShowsACredential() {
        VisitTeamDecision d = check(Sex.M, 10, man(), new Assessor(Sex.M, false, false), new Assessor(Sex.F, false, false));
        assertThat(d.violations()).containsExactly(VisitTeamViolation.CREDENTIAL_NOT_SHOWN);
        assertThat(d.breaches()).extracting(RuleBreach::field)
                .containsExactly("assessors[1].credentialShown", "assessors[2].credentialShown");
    }

    @Test
    void anAssessorWithAnInterestInTheGuardianMustRecuse() {
        VisitTeamDecision d = check(Sex.M, 10, man(), new Assessor(Sex.M, true, true));
        assertThat(d.violations()).containsExactly(VisitTeamViolation.CONFLICT_OF_INTEREST_RECUSAL_REQUIRED);
        assertThat(d.basisOf(VisitTeamViolation.CONFLICT_OF_INTEREST_RECUSAL_REQUIRED))
                .extracting(Basis::article).containsExactly("第七条", "第三条");
    }

    @Test
    void reportsEveryViolationAtOnceEachWithItsBasis() {
        VisitTeamDecision d = check(Sex.F, 5, new Assessor(Sex.M, false, true));
        assertThat(d.violations()).containsExactly(VisitTeamViolation.FEWER_THAN_TWO_ASSESSORS,
                VisitTeamViolation.CREDENTIAL_NOT_SHOWN, VisitTeamViolation.NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR,
                VisitTeamViolation.CONFLICT_OF_INTEREST_RECUSAL_REQUIRED);
        assertThat(d.breaches()).allSatisfy(b -> assertThat(b.basis()).isNotEmpty());
    }

    @Test
    void aMinorOfEightOrMoreMustBeInterviewedSevenNeedNot() {
        assertThat(check(Sex.M, 7, man(), man()).minorInterviewRequired()).isFalse();
        assertThat(check(Sex.M, 8, man(), man()).minorInterviewRequired()).isTrue();
        assertThat(check(Sex.M, 9, man(), man()).minorInterviewRequired()).isTrue();
        assertThat(check(Sex.M, 0, man(), man()).minorInterviewRequired()).isFalse();
        assertThat(check(Sex.M, 17, man(), man()).minorInterviewRequired()).isTrue();
    }

    @Test
    void rejectsAgesOutsideMinority() {
        assertThatThrownBy(() -> check(Sex.M, -1, man(), man()))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("minorAgeYears"));
        assertThatThrownBy(() -> check(Sex.M, 18, man(), man()))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("minorAgeYears"));
    }

    @Test
    void namesMissingFields() {
        assertThatThrownBy(() -> check.check(new VisitTeam(null, 9, List.of(man(), man())), date))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("minorSex"));
        assertThatThrownBy(() -> check.check(new VisitTeam(Sex.F, null, List.of(man(), man())), date))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("minorAgeYears"));
        assertThatThrownBy(() -> check.check(new VisitTeam(Sex.F, 9, null), date))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("assessors"));
        assertThatThrownBy(() -> check(Sex.F, 9, man(), new Assessor(Sex.F, null, false)))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("assessors[1].credentialShown"));
        assertThatThrownBy(() -> check(Sex.F, 9, new Assessor(null, true, false), man()))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("assessors[0].sex"));
        assertThatThrownBy(() -> check(Sex.F, 9, man(), new Assessor(Sex.F, true, null)))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("assessors[1].conflictOfInterest"));
    }
}
