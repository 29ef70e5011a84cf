package cn.beijing.platform.medical.drg;

import java.time.LocalDate;
import java.util.Map;

import cn.beijing.platform.medical.policy.drg.DesignatedHospitals;
import cn.beijing.platform.medical.policy.drg.DrgGroupTable;
import cn.beijing.platform.medical.policy.drg.DrgGroupTableVersions;
import cn.beijing.platform.medical.policy.drg.DrgHospital;

/**
 * The imported group table with its adopted versions and the hospital list as one consistent snapshot, in the
 * policy's types.
 */
record DrgReference(DrgGroupTableVersions groupVersions, DesignatedHospitals designated,
                    Map<String, DrgHospital> hospitals) {

    /** The group table in force on {@code day} (see {@code DrgWeightAdoption.versionDay}). */
    DrgGroupTable groupsOn(LocalDate day) {
        return groupVersions.on(day);
    }
}
