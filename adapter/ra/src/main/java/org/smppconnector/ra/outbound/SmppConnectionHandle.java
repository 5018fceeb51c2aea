package org.smppconnector.ra.outbound;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import org.smppconnector.api.Address;
import org.smppconnector.api.QueryResult;
import org.smppconnector.api.Replacement;
import org.smppconnector.api.SmppConnection;
import org.smppconnector.api.SmppResourceException;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.SubmitResult;

/**
 * The handle an application holds: a light view onto its account's {@link MessageSender},
 * associated with one {@link SmppManagedConnection} at a time. Closing it returns the managed
 * connection to the container's pool; the binds stay up.
 */
public class SmppConnectionHandle implements SmppConnection {

    private volatile SmppManagedConnection managedConnection;
    private final MessageSender sender;
    private volatile boolean closed;

    SmppConnectionHandle(SmppManagedConnection managedConnection, MessageSender sender) {
        this.managedConnection = Objects.requireNonNull(managedConnection, "managedConnection");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    @Override
    public String account() {
        return sender.accountName();
    }

    @Override
    public SubmitResult submit(SmsMessage message) throws SmppResourceException {
        return open().submit(Objects.requireNonNull(message, "message"));
    }

    @Override
    public CompletionStage<SubmitResult> submitAsync(SmsMessage message) {
        return open().submitAsync(Objects.requireNonNull(message, "message"));
    }

    @Override
    public SubmitResult dataSm(SmsMessage message) throws SmppResourceException {
        return open().dataSm(Objects.requireNonNull(message, "message"));
    }

    @Override
    public QueryResult query(String messageId) throws SmppResourceException {
        return open().query(messageId, null);
    }

    @Override
    public QueryResult query(String messageId, Address source) throws SmppResourceException {
        return open().query(messageId, Objects.requireNonNull(source, "source"));
    }

    @Override
    public void cancel(String messageId) throws SmppResourceException {
        open().cancel(messageId, null);
    }

    @Override
    public void cancel(String messageId, Address source) throws SmppResourceException {
        open().cancel(messageId, Objects.requireNonNull(source, "source"));
    }

    @Override
    public void replace(String messageId, Replacement replacement) throws SmppResourceException {
        open().replace(messageId, Objects.requireNonNull(replacement, "replacement"));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        SmppManagedConnection owner = managedConnection;
        if (owner != null) {
            owner.handleClosed(this);
        }
    }

    /** Moves the handle to another managed connection (JCA's associateConnection). */
    void associate(SmppManagedConnection owner) {
        this.managedConnection = owner;
    }

    /** Ends the handle without an event: its managed connection was cleaned up or destroyed. */
    void invalidate() {
        closed = true;
        managedConnection = null;
    }

    boolean isClosed() {
        return closed;
    }

    private MessageSender open() {
        if (closed) {
            throw new IllegalStateException("the SMPP connection to account " + sender.accountName() + " is closed");
        }
        return sender;
    }

    @Override
    public String toString() {
        return "SmppConnection[" + sender.accountName() + (closed ? ", closed" : "") + "]";
    }
}
