package cn.beijing.platform.common.paging;

import java.util.List;

/** One page of a listing: the items, the page number (0-based), its size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
