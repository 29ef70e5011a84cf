package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.List;

/** The household was referred for assistance with the family's consent (京民社救发〔2024〕111号 二(二)4). */
public record AssistanceReferred(LocalDate date, AssistanceKind kind, HouseholdReliefSituation situation,
                                 FamilyConsent consent, ReferralChannel channel, List<Basis> basis) implements ProcessEvent {
    public AssistanceReferred {
        basis = List.copyOf(basis);
    }
}
