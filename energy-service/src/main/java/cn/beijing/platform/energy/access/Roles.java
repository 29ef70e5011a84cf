package cn.beijing.platform.energy.access;

/** Roles of the energy service (the {@code roles} claim of the token, without the {@code ROLE_} prefix). */
public final class Roles {

    /** Owner of a public building, or the manager it delegated to (12号 第八条). */
    public static final String OWNER = "ENERGY_OWNER";
    /** District housing and construction authority (区住房城乡建设部门). */
    public static final String DISTRICT = "ENERGY_DISTRICT";
    /** Municipal housing and construction commission (市住房城乡建设委). */
    public static final String AUTHORITY = "ENERGY_AUTHORITY";
    /** Electricity, gas, heat or water utility (13号 第五条). */
    public static final String UTILITY = "ENERGY_UTILITY";
    /** Statistics authority (13号 第八条). */
    public static final String STATISTICS = "STATISTICS";

    private Roles() {
    }
}
