package cn.beijing.platform.guardianship.policy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PoliceReportDutyAndObligationTest {

    private final PoliceReportDuty duty = new PoliceReportDuty();
    private final AssessmentObligation obligation = new AssessmentObligation();

    @ParameterizedTest(name = "harm={0} infringement={1} suspected={2} → report={3}")
    @CsvSource({
            "true,  false, true,  true",
            "false, true,  true,  true",
            "true,  true,  true,  true",
            "true,  false, false, false",
            "false, true,  false, false",
            "false, false, true,  false",
            "false, false, false, false"})
    void reportsSeriousHarmOrInfringementSuspectedUnlawfulOrCriminal(boolean harm, boolean infringement, boolean suspected,
                                                                     boolean required) {
        PoliceReportDecision d = duty.assess(new PoliceReportGrounds(harm, infringement, suspected));
        assertThat(d.required()).isEqualTo(required);
        assertThat(d.basis()).extracting(b -> b.article()).containsExactly("第十四条");
    }

    @Test
    void namesAMissingGround() {
        assertThatThrownBy(() -> duty.assess(new PoliceReportGrounds(true, null, true)))
                .isInstanceOfSatisfying(PolicyInputException.class,
                        e -> assertThat(e.field()).isEqualTo("grounds.otherSeriousInfringement"));
    }

    @ParameterizedTest
    @EnumSource(AssessmentTrigger.class)
    void onlyReturningAMinorAfterTemporaryGuardianshipIsMandatory(AssessmentTrigger trigger) {
        AssessmentObligationDecision d = obligation.decide(trigger);
        assertThat(d.mandatory()).isEqualTo(trigger == AssessmentTrigger.RETURN_TO_GUARDIAN_AFTER_TEMPORARY_GUARDIANSHIP);
        assertThat(d.basis()).extracting(b -> b.article()).containsExactly("第四条");
    }

    @Test
    void listsTheSixNamedAgenciesAndTheOpenEnd() {
        assertThat(AssessingAgency.values()).extracting(AssessingAgency::gazetteWording)
                .containsExactly("民政", "公安", "人民法院", "人民检察院", "共青团", "妇联", "等有关部门");
    }
}
