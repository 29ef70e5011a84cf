package cn.beijing.platform.subsidy.policy;

import java.util.List;

import cn.beijing.platform.policy.Basis;

/** A decision of the policy layer: it always says on which document, article and parameter version it rests. */
public interface Decision {

    List<Basis> basis();
}
