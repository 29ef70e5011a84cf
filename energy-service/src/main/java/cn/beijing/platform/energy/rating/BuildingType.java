package cn.beijing.platform.energy.rating;

/**
 * Public building types, the key of the guide/constraint table (DB11/T 1413 groups its indicators by building type;
 * the platform's list is closed so that an unknown type is refused).
 */
public enum BuildingType {
    OFFICE(true),
    HOTEL(true),
    SHOPPING_MALL(true),
    HOSPITAL(false),
    SCHOOL(false),
    RESEARCH(false),
    CULTURE_SPORTS(false),
    TRANSPORT_HUB(false),
    OTHER_PUBLIC(false);

    private final boolean mainlyOfficeOrCommercial;

    BuildingType(boolean mainlyOfficeOrCommercial) {
        this.mainlyOfficeOrCommercial = mainlyOfficeOrCommercial;
    }

    /**
     * [platform rule] Default of "以办公、商业服务等功能为主的楼宇" (京建法〔2024〕14号 第二条第一款), the scope of the renewal
     * ledger, when the registration does not say; a registration may set {@code inRenewalScope} explicitly.
     */
    public boolean mainlyOfficeOrCommercial() {
        return mainlyOfficeOrCommercial;
    }

    public static BuildingType parse(String value) {
        for (BuildingType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return null;
    }
}
