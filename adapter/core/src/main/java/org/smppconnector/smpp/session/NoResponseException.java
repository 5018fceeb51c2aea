package org.smppconnector.smpp.session;

/**
 * A request ended without a response. Whether the SMSC may have accepted it depends on
 * whether it was written to the connection: a request never written surely was not, and
 * can be sent again with no risk of a duplicate; one written may have been.
 */
public abstract class NoResponseException extends SmppException {

    private final int sequenceNumber;
    private final boolean written;

    protected NoResponseException(String message, int sequenceNumber, boolean written, Throwable cause) {
        super(message + (written ? " (written: the SMSC may have accepted it)"
                : " (never written: the SMSC did not receive it)"), true, cause, false);
        this.sequenceNumber = sequenceNumber;
        this.written = written;
    }

    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** Whether the request was handed to the connection before it failed. */
    public boolean wasWritten() {
        return written;
    }

    @Override
    public boolean mayHaveBeenAccepted() {
        return written;
    }
}
