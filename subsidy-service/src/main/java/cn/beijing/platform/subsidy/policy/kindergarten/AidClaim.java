package cn.beijing.platform.subsidy.policy.kindergarten;

import java.util.List;

/** 第八条 facts: the children aided (the kindergarten's references) and the education authority's review. */
public record AidClaim(List<PreschoolAid.AidChild> children) {

    public AidClaim {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
