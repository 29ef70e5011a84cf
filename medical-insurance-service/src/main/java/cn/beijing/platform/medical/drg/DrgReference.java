package cn.beijing.platform.medical.drg;

import java.util.Map;

import cn.beijing.platform.medical.policy.DesignatedHospitals;
import cn.beijing.platform.medical.policy.DrgGroupTable;
import cn.beijing.platform.medical.store.DrgHospital;

/** The imported group table and hospital list as one consistent snapshot, in the policy's types. */
record DrgReference(DrgGroupTable groups, DesignatedHospitals designated, Map<String, DrgHospital> hospitals) {
}
