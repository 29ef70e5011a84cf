package cn.beijing.platform.subsidy.kindergartens;

/** The status a kindergarten takes from findings (第十九条–第二十一条). */
final class FindingsStatus {

    static final String SUSPENDED = "SUSPENDED";
    static final String DISQUALIFIED = "DISQUALIFIED";
    static final String CLOSED = "CLOSED";

    private FindingsStatus() {
    }

    /** Closed or disqualified: nothing more is paid. */
    static boolean ended(String status) {
        return DISQUALIFIED.equals(status) || CLOSED.equals(status);
    }
}
