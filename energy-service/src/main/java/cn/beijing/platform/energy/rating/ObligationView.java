package cn.beijing.platform.energy.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.ObligationRecord;

/** An obligation of 第九条/第十三条 raised for a building, with its status. */
public record ObligationView(UUID id, UUID buildingId, int year, String code, String status, LocalDate raisedOn,
                          LocalDate dueOn, LocalDate closedOn, List<Basis> basis) {

    static ObligationView of(ObligationRecord o, JsonText json) {
        return new ObligationView(o.id(), o.buildingId(), o.year(), o.code(), o.status(), o.raisedOn(), o.dueOn(),
                o.closedOn(), json.basis(o.basis()));
    }
}
