package org.smppconnector.smpp.transport;

import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduDecodeException;

/**
 * Receives what a {@link PduConnection} reads. Every method is called on the connection's reader
 * task, one at a time and in stream order, so a slow method delays the reading of what follows:
 * hand long work (an application's message handling) to another executor.
 */
public interface PduListener {

    /** A PDU arrived. */
    void onPdu(Pdu pdu);

    /**
     * The peer sent a frame that is not a valid PDU. Answer it with {@link
     * PduDecodeException#answer()} (when not null) through {@link PduConnection#write}. When
     * {@link PduDecodeException#canContinue()} is true reading goes on with the next frame;
     * when false the connection writes out what is queued (the answer included, within the write
     * timeout) and then closes with {@link CloseReason#DECODE_ERROR}.
     */
    void onDecodeError(PduDecodeException error);

    /**
     * The connection closed: called exactly once, last, whatever closed it. {@code reason} is
     * the same exception that {@link PduConnection#write} throws from now on.
     */
    void onClosed(ConnectionClosedException reason);
}
