package cn.beijing.platform.medical.drg;

import cn.beijing.platform.medical.events.DrgCaseSettled;
import cn.beijing.platform.medical.store.SettledCase;

/** The integration event of a settled case: ids, group, method, amounts; no patient data. */
final class SettledCaseEvents {

    private SettledCaseEvents() {
    }

    static DrgCaseSettled of(SettledCase c) {
        return new DrgCaseSettled(c.id(), c.revision(), c.hospitalCode(), c.batchId(), c.groupCode(),
                c.insurance().name(), c.method().name(),
                c.dischargeDate().getYear() + "-" + String.format("%02d", c.dischargeDate().getMonthValue()),
                c.rate(), c.standard(), c.actualCost(), c.payment(), c.retainedSurplus(), c.simulatedPayment(),
                c.simulatedRetainedSurplus(), c.highCostFlagged(), c.specialCaseStatus().name(), c.basis());
    }
}
