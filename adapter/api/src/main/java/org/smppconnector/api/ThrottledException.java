package org.smppconnector.api;

import java.util.List;

/**
 * The SMSC kept answering ESME_RTHROTTLED (too many messages per second) or ESME_RMSGQFUL (its
 * queue for the destination is full) until the connector's retries for the account ran out.
 * Always retriable: the application may try again later, or keep the message for later.
 */
public class ThrottledException extends SmscRejectedException {

    private static final long serialVersionUID = 1L;

    public ThrottledException(String message, int commandStatus, String commandStatusName,
            List<String> acceptedMessageIds) {
        super(message, commandStatus, commandStatusName, acceptedMessageIds);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
