package cn.beijing.platform.medical.policy;

import java.util.List;

import cn.beijing.platform.policy.Basis;

/** Every decision of the medical-insurance policy carries the articles (and parameter versions) it rests on. */
public interface PolicyDecision {

    List<Basis> basis();
}
