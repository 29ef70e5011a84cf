package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/** 第十四条: reported to public security. */
public record PoliceReported(LocalDate date, PoliceReportGrounds grounds, List<Basis> basis) implements ProcessEvent {
    public PoliceReported {
        basis = List.copyOf(basis);
    }
}
