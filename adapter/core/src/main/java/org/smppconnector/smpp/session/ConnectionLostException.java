package org.smppconnector.smpp.session;

/** The connection ended (dropped, unbound, closed) while a request waited for its response. */
public class ConnectionLostException extends NoResponseException {

    /** @param reason why the connection ended, e.g. "connection reset by the SMSC" */
    public ConnectionLostException(int sequenceNumber, boolean written, String reason, Throwable cause) {
        super("request " + sequenceNumber + " lost with its connection: " + reason, sequenceNumber, written, cause);
    }
}
