package cn.beijing.platform.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.common.calendar.HolidayArrangementFiles;
import cn.beijing.platform.common.calendar.WorkingDayCalendar;
import cn.beijing.platform.subsidy.parameters.SubsidyParameterFiles;
import cn.beijing.platform.subsidy.parameters.SubsidyParameters;

/** The shipped parameter files and calendar, loaded once through the real loader, for every policy test. */
public final class Shipped {

    public static final SubsidyParameters PARAMETERS = SubsidyParameterFiles.shipped();
    public static final WorkingDayCalendar CALENDAR = HolidayArrangementFiles.shipped();

    private Shipped() {
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
