package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/** @param mandatory 第四条 makes this assessment mandatory (return after temporary guardianship) */
public record AssessmentOpened(LocalDate date, AssessmentTrigger trigger, AssessingAgency agency, Sex minorSex,
                               LocalDate minorBirthDate, boolean mandatory, List<Basis> basis) implements ProcessEvent {
    public AssessmentOpened {
        basis = List.copyOf(basis);
    }
}
