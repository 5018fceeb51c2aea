package org.smppconnector.api;

import java.util.List;

/**
 * The bind carrying the request was lost (the network failed, the SMSC unbound or closed the
 * connection) before its response arrived. {@link #mayHaveBeenAccepted()} is true when the
 * request had been written to the connection. Retriable: the connector rebinds on its own.
 */
public class ConnectionLostException extends SmppResourceException {

    private static final long serialVersionUID = 1L;

    public ConnectionLostException(String message, boolean mayHaveBeenAccepted, List<String> acceptedMessageIds,
            Throwable cause) {
        super(message, cause, mayHaveBeenAccepted, acceptedMessageIds);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
