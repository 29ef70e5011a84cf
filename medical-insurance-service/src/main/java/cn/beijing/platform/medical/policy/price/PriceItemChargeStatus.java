package cn.beijing.platform.medical.policy.price;

/** Outcome of a price-item charge check. */
public enum PriceItemChargeStatus {
    /** At or below the maximum guide price in force on the service date. */
    ACCEPTED(true),
    /** Above the maximum guide price ("不得上浮"). */
    REFUSED_ABOVE_MAXIMUM_GUIDE_PRICE(false),
    /** The item is abolished on the service date. */
    REFUSED_ITEM_ABOLISHED(false),
    /**
     * [platform rule] A service date before the notice takes effect: the notice sets no price for that date (the
     * earlier price is not in the gazette), so it neither caps nor refuses the charge.
     */
    NOT_GOVERNED_ON_SERVICE_DATE(true);

    private final boolean accepted;

    PriceItemChargeStatus(boolean accepted) {
        this.accepted = accepted;
    }

    public boolean accepted() {
        return accepted;
    }
}
