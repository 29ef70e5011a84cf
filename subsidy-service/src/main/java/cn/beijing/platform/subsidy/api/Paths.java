package cn.beijing.platform.subsidy.api;

import cn.beijing.platform.common.error.NotFoundException;

/** Path segments of the subsidy API. */
final class Paths {

    private Paths() {
    }

    /** The number of an article or measure in a path; anything else names no resource (404). */
    static int number(String segment) {
        if (!segment.matches("\\d{1,3}")) {
            throw new NotFoundException("article or measure " + segment);
        }
        return Integer.parseInt(segment);
    }
}
