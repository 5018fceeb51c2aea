package org.smppconnector.store.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.receipt.ReceiptRecord;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.submission.SubmissionRecord;

/** Small builders the store tests share. */
public final class StoreFixture {

    private StoreFixture() {
    }

    /** Opens a store (one node) on the target database; several may share one. */
    public static SmppStore open(Database.Target target, StoreConfig config) {
        return SmppStore.open(target.url(), target.user(), target.password(), config);
    }

    public static SubmissionRecord submission(String account, String reference, Instant at, String... messageIds) {
        return new SubmissionRecord(account, "Acme", "4512345678", "hello " + reference, reference, List.of(messageIds), at);
    }

    public static ReceiptRecord receipt(String account, String messageId, DeliveryState state, Instant at) {
        return new ReceiptRecord(account, messageId, state, state.isFailure() ? "001" : "000", null, null, at, "trx-0",
                "id:" + messageId + " stat:" + state);
    }

    public static ReceiptRecord receipt(String account, String messageId, DeliveryState state, Instant at, String session) {
        return new ReceiptRecord(account, messageId, state, state.isFailure() ? "001" : "000", null, null, at, session,
                "id:" + messageId + " stat:" + state);
    }

    public static Duration seconds(long n) {
        return Duration.ofSeconds(n);
    }
}
