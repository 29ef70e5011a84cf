package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.util.List;

/** A decision of the policy layer: it always says on which document and article it rests. */
public interface PolicyDecision {

    List<Basis> basis();
}
