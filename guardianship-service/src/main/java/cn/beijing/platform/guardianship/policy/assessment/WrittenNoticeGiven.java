package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/** 第十条: the assessed party was notified in writing of the decision to assess. */
public record WrittenNoticeGiven(LocalDate date, List<Basis> basis) implements ProcessEvent {
    public WrittenNoticeGiven {
        basis = List.copyOf(basis);
    }
}
