package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/** 第十八条: the conclusion is invalid; the report stays in the history, marked invalid. */
public record ConclusionInvalidated(LocalDate date, InvalidationGround ground, String statement, List<Basis> basis)
        implements ProcessEvent {
    public ConclusionInvalidated {
        basis = List.copyOf(basis);
    }
}
