package org.smppconnector.ra.outbound;

import java.time.Instant;
import java.util.List;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.ra.config.AccountDefinition;

/**
 * Where the adapter records each message the SMSC accepted: the shared store, so that its
 * receipts can be matched to it from any session on any server, or nowhere without a store.
 */
@FunctionalInterface
public interface SubmissionLog {

    /** Records nothing: the adapter without a store. */
    SubmissionLog NONE = (account, message, messageIds, submittedAt) -> { };

    /**
     * A message whose every part the SMSC accepted. Called on the thread that completed the last
     * part, often a bind's reader: it must queue, not wait for a database, and never throw for
     * the store's sake (the message is sent whatever the store says).
     *
     * @param messageIds each part's id as submit_sm_resp (or data_sm_resp) gave it, in part order
     */
    void submitted(AccountDefinition account, SmsMessage message, List<String> messageIds, Instant submittedAt);
}
