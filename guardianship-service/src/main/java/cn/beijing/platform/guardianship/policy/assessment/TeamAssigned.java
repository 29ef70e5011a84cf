package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/** The assessment team (第六条) or the entrusted third party (第七条) was assigned. */
public record TeamAssigned(LocalDate date, ConductingMode mode, List<TeamMember> members, Entrustment entrustment,
                           List<Basis> basis) implements ProcessEvent {
    public TeamAssigned {
        members = members == null ? List.of() : List.copyOf(members);
        basis = List.copyOf(basis);
    }
}
