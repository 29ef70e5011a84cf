package cn.beijing.platform.energy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.ObligationRecord;

record ObligationResponse(UUID id, UUID buildingId, int year, String code, String status, LocalDate raisedOn,
                          LocalDate dueOn, LocalDate closedOn, List<Basis> basis) {

    static ObligationResponse of(ObligationRecord o, JsonText json) {
        return new ObligationResponse(o.id(), o.buildingId(), o.year(), o.code(), o.status(), o.raisedOn(), o.dueOn(),
                o.closedOn(), json.basis(o.basis()));
    }
}
