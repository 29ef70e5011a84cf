package cn.beijing.platform.medical.drg;

import java.util.Map;

import cn.beijing.platform.medical.policy.drg.DesignatedHospitals;
import cn.beijing.platform.medical.policy.drg.DrgGroupTable;
import cn.beijing.platform.medical.policy.drg.DrgHospital;

/** The imported group table and hospital list as one consistent snapshot, in the policy's types. */
record DrgReference(DrgGroupTable groups, DesignatedHospitals designated, Map<String, DrgHospital> hospitals) {
}
