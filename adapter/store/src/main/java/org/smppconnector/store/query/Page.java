package org.smppconnector.store.query;

import java.util.List;

/** One page of results; {@code hasMore} says whether a next page has any. */
public record Page<T>(List<T> items, int offset, boolean hasMore) {

    public Page {
        items = List.copyOf(items);
    }
}
