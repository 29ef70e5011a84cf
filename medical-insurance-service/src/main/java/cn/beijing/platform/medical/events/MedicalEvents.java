package cn.beijing.platform.medical.events;

import cn.beijing.platform.common.outbox.EventType;

/** The integration events of the medical-insurance service (schemas in event-contracts {@code events/}). */
public final class MedicalEvents {

    /** A DRG case was settled (or re-settled after a special-case approval); keyed by case id. */
    public static final EventType DRG_CASE_SETTLED = new EventType("medical.drg-case-settled.v1", "drg-case");
    /** An import changed the drug catalogue or the price-item table; keyed by the catalogue. */
    public static final EventType CATALOGUE_CHANGED = new EventType("medical.catalogue-changed.v1", "catalogue");
    /** A computed weight set was adopted as a new version of the DRG group table; keyed by the group table. */
    public static final EventType DRG_WEIGHTS_ADOPTED = new EventType("medical.drg-weights-adopted.v1",
            "drg-group-table");
    /** The key of {@link #DRG_WEIGHTS_ADOPTED}: one group table, so its versions arrive in order. */
    public static final String DRG_GROUP_TABLE_KEY = "drg-group-table";

    private MedicalEvents() {
    }
}
