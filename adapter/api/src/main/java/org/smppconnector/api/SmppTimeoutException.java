package org.smppconnector.api;

import java.util.List;

/**
 * No answer came in the account's time: either no bind had room to send the request in time
 * ({@link #mayHaveBeenAccepted()} false: nothing was sent), or the request was sent and its
 * response never came (true: the SMSC may have accepted it). Retriable, at the risk of a
 * duplicate in the second case.
 */
public class SmppTimeoutException extends SmppResourceException {

    private static final long serialVersionUID = 1L;

    public SmppTimeoutException(String message, boolean mayHaveBeenAccepted, List<String> acceptedMessageIds) {
        super(message, null, mayHaveBeenAccepted, acceptedMessageIds);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
