package org.smppconnector.store.submission;

import java.time.Duration;

/**
 * How the {@link SubmissionRecorder} batches.
 *
 * @param batchSize   submissions per transaction at most; reaching it writes the batch at once
 * @param maxDelay    how long a submission may wait for its batch; checked on every
 *                    {@code record} and by {@link SubmissionRecorder#flushIfDue()}
 * @param maxPending  submissions held while the database cannot take them; beyond it the
 *                    oldest are dropped (and counted) rather than blocking the send path
 * @param privacy     what is kept of the text
 */
public record RecorderSettings(int batchSize, Duration maxDelay, int maxPending, TextPrivacy privacy) {

    public static final RecorderSettings DEFAULT =
            new RecorderSettings(500, Duration.ofMillis(200), 100_000, TextPrivacy.FULL_TEXT);

    public RecorderSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must not be negative: " + maxDelay);
        }
        if (maxPending < batchSize) {
            throw new IllegalArgumentException("maxPending (" + maxPending + ") must be at least batchSize ("
                    + batchSize + ")");
        }
    }

    public RecorderSettings withPrivacy(TextPrivacy value) {
        return new RecorderSettings(batchSize, maxDelay, maxPending, value);
    }

    public RecorderSettings withBatchSize(int value) {
        return new RecorderSettings(value, maxDelay, Math.max(maxPending, value), privacy);
    }

    public RecorderSettings withMaxDelay(Duration value) {
        return new RecorderSettings(batchSize, value, maxPending, privacy);
    }
}
