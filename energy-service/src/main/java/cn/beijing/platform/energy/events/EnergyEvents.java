package cn.beijing.platform.energy.events;

import cn.beijing.platform.common.outbox.EventType;

/** The integration events of the energy service; schemas in event-contracts {@code events/<topic>.schema.json}. */
public final class EnergyEvents {

    /** A building was rated for a year (京建法〔2024〕12号 第五条). Keyed by building id. */
    public static final EventType BUILDING_RATED = new EventType("energy.building-rated.v1", "building");
    /** An obligation was raised on a building (第九条, 第十三条). Keyed by building id. */
    public static final EventType OBLIGATION_RAISED = new EventType("energy.obligation-raised.v1", "building");
    /** The renewal ledger identified an old building (京建法〔2024〕14号 第二条). Keyed by building id. */
    public static final EventType OLD_BUILDING_IDENTIFIED = new EventType("energy.old-building-identified.v1",
            "building");

    private EnergyEvents() {
    }
}
