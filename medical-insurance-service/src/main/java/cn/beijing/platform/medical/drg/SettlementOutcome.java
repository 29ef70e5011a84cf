package cn.beijing.platform.medical.drg;

import java.util.List;
import java.util.UUID;

import cn.beijing.platform.medical.store.CaseBatch;
import cn.beijing.platform.medical.store.SettledCase;

/** What a settlement request wrote: the batch (null for a single case) and the settled cases in request order. */
public record SettlementOutcome(CaseBatch batch, List<SettledCase> cases) {

    public UUID batchId() {
        return batch == null ? null : batch.id();
    }
}
