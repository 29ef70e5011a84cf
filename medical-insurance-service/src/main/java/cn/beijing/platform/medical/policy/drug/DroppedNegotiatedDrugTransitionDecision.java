package cn.beijing.platform.medical.policy.drug;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/** Whether a dropped negotiated drug is still paid at its original payment standard on the service date. */
public record DroppedNegotiatedDrugTransitionDecision(LocalDate serviceDate, boolean payableAtOriginalStandard,
                                                      LocalDate lastPayableDay, List<Basis> basis)
        implements PolicyDecision {

    public DroppedNegotiatedDrugTransitionDecision {
        basis = List.copyOf(basis);
    }
}
