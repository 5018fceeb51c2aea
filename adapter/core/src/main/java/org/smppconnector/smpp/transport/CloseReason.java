package org.smppconnector.smpp.transport;

/** Why a {@link PduConnection} closed. */
public enum CloseReason {
    /** {@link PduConnection#close()} was called. */
    LOCAL,
    /** The peer closed the connection (end of stream). */
    PEER_CLOSED,
    /** Reading from the socket failed (reset, network down). */
    READ_FAILED,
    /** Writing to the socket failed. */
    WRITE_FAILED,
    /** The peer sent octets that lost the PDU framing (an invalid command_length). */
    DECODE_ERROR,
    /** The {@link PduListener} threw; the connection's state can no longer be trusted. */
    LISTENER_FAILED
}
