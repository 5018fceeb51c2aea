package org.smppconnector.console.testing;

import java.time.Instant;
import java.util.List;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.receipt.ReceiptMatch;
import org.smppconnector.store.receipt.ReceiptRecord;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.status.SessionStatusRow;
import org.smppconnector.store.submission.SubmissionRecord;

/** Writes what the adapter would, through the store's own writers. */
public final class Seed {

    private final SmppStore store;

    public Seed(SmppStore store) {
        this.store = store;
    }

    public void submission(String account, String source, String destination, String text, String userReference,
                           Instant submittedAt, String... messageIds) {
        store.recorder().recordNow(new SubmissionRecord(account, source, destination, text, userReference,
                List.of(messageIds), submittedAt));
    }

    public ReceiptMatch receipt(String account, String messageId, DeliveryState state, String err, Instant receivedAt) {
        return store.matcher().match(new ReceiptRecord(account, messageId, state, err, null,
                state == DeliveryState.ENROUTE ? null : receivedAt, receivedAt, "bind-0",
                "id:" + messageId + " stat:" + state + " err:" + err));
    }

    /** Replaces the node's session rows, as the adapter does periodically. */
    public void sessions(String node, List<SessionStatusRow> rows) {
        store.sessionStatus().write(node, rows);
    }

    public static SessionStatusRow session(String node, String account, String group, int index, String host,
                                           String bindType, String state, String lastError) {
        return new SessionStatusRow(node, account, group, index, host, bindType, state, 2, 10, Instant.now(), 12, 7, 0,
                lastError, null);
    }
}
