package cn.beijing.platform.medical.policy.drg;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/** Whether the ischemic-stroke single-disease payment may be used for a case discharged on {@code dischargeDate}. */
public record SingleDiseasePaymentDecision(LocalDate dischargeDate, boolean available, List<Basis> basis)
        implements PolicyDecision {

    public SingleDiseasePaymentDecision {
        basis = List.copyOf(basis);
    }
}
