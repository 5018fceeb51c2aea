package org.smppconnector.smpp.transport;

import java.io.IOException;

/**
 * The connection is closed: given to {@link PduListener#onClosed} once, and thrown by every
 * {@link PduConnection#write} after the close. One instance per connection, shared by all who
 * see it, so it carries no stack trace of its own; the {@linkplain #getCause() cause}, when
 * there is one (an I/O error, a decode error, a listener's exception), carries its own.
 */
public final class ConnectionClosedException extends IOException {

    private final CloseReason reason;

    public ConnectionClosedException(CloseReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public CloseReason reason() {
        return reason;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return "ConnectionClosedException[" + reason + "]: " + getMessage();
    }
}
