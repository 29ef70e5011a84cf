package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/** 第十三条: the problems and recommendations were notified to the assessed party in writing. */
public record ProblemsNotified(LocalDate date, List<Basis> basis) implements ProcessEvent {
    public ProblemsNotified {
        basis = List.copyOf(basis);
    }
}
