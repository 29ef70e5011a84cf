package cn.beijing.platform.energy.access;

import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.energy.store.BuildingRecord;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and act on a building. Authorities (district, municipal, statistics) see every building; an owner
 * sees the buildings it reports for and nothing else (another owner's building is "not found").
 */
public final class Access {

    private Access() {
    }

    public static boolean visible(CurrentUser user, BuildingRecord building) {
        return user.hasAnyRole(Roles.DISTRICT, Roles.AUTHORITY, Roles.STATISTICS)
                || (user.hasRole(Roles.OWNER) && isReportingParty(user, building));
    }

    public static boolean isReportingParty(CurrentUser user, BuildingRecord building) {
        return building.reportingParty().equals(user.subject());
    }

    public static BuildingRecord requireVisible(CurrentUser user, BuildingRecord building) {
        if (!visible(user, building)) {
            throw new NotFoundException("building " + building.id());
        }
        return building;
    }

    /** The caller reports for the building (12号 第八条; 13号 第五条 "如实报送"). */
    public static BuildingRecord requireReportingParty(CurrentUser user, BuildingRecord building) {
        requireVisible(user, building);
        if (!isReportingParty(user, building)) {
            throw new AccessDeniedException("only the reporting party of the building may do this");
        }
        return building;
    }

    /**
     * Raw consumption figures: only the reporting party and the statistics authorities (13号 第二条, 第八条:
     * "统计调查数据不对外公布").
     */
    public static boolean mayReadRawFigures(CurrentUser user, BuildingRecord building) {
        return user.hasAnyRole(Roles.STATISTICS, Roles.AUTHORITY)
                || (user.hasRole(Roles.OWNER) && isReportingParty(user, building));
    }
}
