package org.smppconnector.store.query;

import java.time.Duration;

/**
 * Submission to delivery, over the parts delivered in a range: how many, and the mean, median,
 * 95th percentile and maximum of their latency. The durations are zero when {@code count} is 0.
 */
public record LatencyStats(long count, Duration mean, Duration median, Duration p95, Duration max) {
}
