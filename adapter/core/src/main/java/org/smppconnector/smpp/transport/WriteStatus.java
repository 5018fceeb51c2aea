package org.smppconnector.smpp.transport;

/**
 * Where a PDU given to {@link PduConnection#write} stands, asked with the ticket that write
 * returned. What a window needs when a connection dies: a request that may have reached the peer
 * may have been accepted by it; one that never left cannot have been.
 */
public enum WriteStatus {
    /** The socket accepted all its octets (it may still be in the kernel's send buffer). */
    WRITTEN,
    /** Still in the output buffer or being written, on an open connection. */
    QUEUED,
    /** The connection closed while its octets were being written: they may or may not have reached the peer. */
    UNCERTAIN,
    /** The connection closed before it was written: it never reached the peer. */
    NOT_WRITTEN;

    /** True for {@link #WRITTEN} and {@link #UNCERTAIN}: the peer may have received and acted on it. */
    public boolean mayHaveReachedPeer() {
        return this == WRITTEN || this == UNCERTAIN;
    }
}
