package cn.beijing.platform.energy.policy;

/**
 * Energy carriers and water, as listed by 京建法〔2024〕13号 第四条 (电力、煤炭、天然气、液化石油气、热力、可再生能源、
 * 用水). Units and conversion factors are in the parameter file {@code energy-conversion-factors.yaml}.
 */
public enum EnergyCarrier {
    /** kWh. */
    ELECTRICITY,
    /** m³. */
    NATURAL_GAS,
    /** GJ. */
    HEAT,
    /** t. */
    COAL,
    /** kg. */
    LPG,
    /** kWh of on-site renewable energy. */
    RENEWABLE,
    /** m³ — a resource, reported for statistics, never converted into energy. */
    WATER;

    /**
     * Carriers for which supply utilities report settlement data (京建法〔2024〕13号 第五条第二款:
     * 供电、供气、供热、供水等单位 … 报送 … 用电、用气、用热、用水等结算数据).
     */
    public boolean settledByUtility() {
        return this == ELECTRICITY || this == NATURAL_GAS || this == HEAT || this == WATER;
    }
}
