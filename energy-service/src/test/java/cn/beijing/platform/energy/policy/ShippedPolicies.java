package cn.beijing.platform.energy.policy;

import cn.beijing.platform.common.calendar.HolidayArrangementFiles;
import cn.beijing.platform.energy.parameters.EnergyParameterFiles;
import cn.beijing.platform.energy.parameters.EnergyParameters;
import cn.beijing.platform.energy.parameters.EnergyPolicies;

/** The policies built from the shipped parameter files and the shipped working-day calendar. */
final class ShippedPolicies {

    static final EnergyParameters PARAMETERS = EnergyParameterFiles.shipped();
    static final EnergyPolicies POLICIES = EnergyPolicies.from(PARAMETERS, HolidayArrangementFiles.shipped());

    private ShippedPolicies() {
    }
}
