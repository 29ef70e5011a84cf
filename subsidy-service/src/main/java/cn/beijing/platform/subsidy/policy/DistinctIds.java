package cn.beijing.platform.subsidy.policy;

import java.util.HashSet;
import java.util.Set;

import cn.beijing.platform.policy.PolicyInputException;

/**
 * The ids that name the items of one list of an input (children, investments): each is required and stands in the
 * list once, so that what is decided on an item names it; a missing or repeated one is an input error on its field.
 */
public final class DistinctIds {

    private final Set<String> seen = new HashSet<>();

    /** Checks {@code id}, the id of the next item, at {@code field} (e.g. {@code children[2].id}). */
    public void add(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new PolicyInputException(field, "is required");
        }
        if (!seen.add(id)) {
            throw new PolicyInputException(field, "appears twice: " + id);
        }
    }
}
