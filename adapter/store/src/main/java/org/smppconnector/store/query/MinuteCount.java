package org.smppconnector.store.query;

import java.time.Instant;

/** Parts that reached DELIVERED, and a failure state, within the minute starting at {@code minute}. */
public record MinuteCount(Instant minute, long delivered, long failed) {
}
