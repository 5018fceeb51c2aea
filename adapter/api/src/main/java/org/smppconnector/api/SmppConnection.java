package org.smppconnector.api;

import java.util.concurrent.CompletionStage;

/**
 * A handle onto one account's SMPP binds, got from {@link SmppConnectionFactory}. It is light:
 * the binds belong to the resource adapter and stay up with no handle open, so get one where
 * it is needed and close it there, with try-with-resources.
 *
 * <p>Every method checks the request against the account before anything is sent, throwing
 * {@link InvalidMessageException} (a validity beyond the account's maximum, a text none of its
 * encodings can carry) or {@link OperationNotSupportedException} (query_sm on BulkSMS). Then the
 * request goes out on a bind with room and the call waits for the SMSC's answer; the other
 * {@link SmppResourceException} subclasses say what happened when that fails.
 *
 * <p>Sending is not transactional: a message sent stays sent when the caller's transaction
 * rolls back. A handle is meant for the thread that got it. Once closed, every method but
 * {@link #close()} throws {@link IllegalStateException}.
 */
public interface SmppConnection extends AutoCloseable {

    /** The name of the account this connection sends on. */
    String account();

    /**
     * Sends the message (submit_sm, split into several when the text needs more than one part)
     * and waits for the SMSC to accept every part.
     *
     * @return the message id of each part
     * @throws InvalidMessageException         the message does not suit the account; nothing was sent
     * @throws NotBoundException               no bind of the account can send now; nothing was sent
     * @throws SmscRejectedException           the SMSC refused a part: its command_status says why
     * @throws ThrottledException              the SMSC kept refusing for load until the retries ran out
     * @throws SmppTimeoutException            no bind had room, or no answer came, in time
     * @throws ConnectionLostException         the bind was lost while waiting for the answer
     * @throws SmppResourceException           a failure inside the connector
     */
    SubmitResult submit(SmsMessage message) throws SmppResourceException;

    /**
     * Sends the message as {@link #submit} does, without waiting. The stage completes with the
     * result, or exceptionally with the {@link SmppResourceException} that {@code submit} would
     * have thrown. It carries on when the connection is closed, and cancelling it does not
     * recall the message.
     *
     * <p>Actions chained without an executor run on the connector's threads: keep them short,
     * and chain work that needs the application's context (transactions, security, JNDI) with
     * a {@code ManagedExecutorService}.
     */
    CompletionStage<SubmitResult> submitAsync(SmsMessage message);

    /**
     * Sends the message as one data_sm (SMPP 3.4, 4.7), for accounts whose provider prefers it:
     * the content goes in message_payload and is never split; a validity travels as
     * qos_time_to_live (seconds left); a priority other than {@link Priority#LEVEL_0} is refused,
     * as data_sm has no priority_flag.
     *
     * @return the message id, as the only part
     * @throws OperationNotSupportedException the account's provider does not take data_sm
     * @throws SmppResourceException          as for {@link #submit}
     */
    SubmitResult dataSm(SmsMessage message) throws SmppResourceException;

    /**
     * Asks the SMSC for the state of a message (query_sm). The SMSC wants the original sender
     * too; the connector takes it from its record of the submission.
     *
     * @param messageId an id from a {@link SubmitResult}; for a split message, each part has its own
     * @throws OperationNotSupportedException the account's provider does not take query_sm
     * @throws SmscRejectedException          e.g. ESME_RQUERYFAIL, or ESME_RINVMSGID for an unknown id
     * @throws SmppResourceException          as for {@link #submit}
     */
    QueryResult query(String messageId) throws SmppResourceException;

    /** As {@link #query(String)}, for a message whose sender the connector has no record of. */
    QueryResult query(String messageId, Address source) throws SmppResourceException;

    /**
     * Cancels a message the SMSC has not delivered yet (cancel_sm). A split message is
     * cancelled part by part, with each part's id.
     *
     * @throws OperationNotSupportedException the account's provider does not take cancel_sm
     * @throws SmscRejectedException          e.g. ESME_RCANCELFAIL when it is too late
     * @throws SmppResourceException          as for {@link #submit}
     */
    void cancel(String messageId) throws SmppResourceException;

    /** As {@link #cancel(String)}, for a message whose sender the connector has no record of. */
    void cancel(String messageId, Address source) throws SmppResourceException;

    /**
     * Replaces a message the SMSC has not delivered yet (replace_sm).
     *
     * @throws InvalidMessageException        the replacement text does not fit in one part of the
     *                                        original's encoding
     * @throws OperationNotSupportedException the account's provider does not take replace_sm
     * @throws SmscRejectedException          e.g. ESME_RREPLACEFAIL when it is too late
     * @throws SmppResourceException          as for {@link #submit}
     */
    void replace(String messageId, Replacement replacement) throws SmppResourceException;

    /** Releases the handle; the account's binds stay up. Calling it again does nothing. */
    @Override
    void close();
}
