package org.smppconnector.smpp.transport;

import java.io.IOException;

/**
 * The output buffer stayed full for the whole write timeout: the peer does not read fast enough
 * (or at all). The PDU was not accepted and nothing of it was written; the connection stays
 * open. A session normally closes a connection whose peer stopped reading.
 */
public final class WriteTimeoutException extends IOException {

    public WriteTimeoutException(String message) {
        super(message);
    }
}
