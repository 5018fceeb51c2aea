package org.smppconnector.smpp.pdu;

/**
 * Octets off the wire that are not a valid PDU. Says what was wrong, which PDU it was (when the
 * header could be read), the command_status the session should answer with, and whether the
 * stream can go on.
 *
 * <p>{@link #canContinue()} is true when command_length was valid, so the frame was consumed and
 * the next PDU starts right after it; false when the length itself was invalid and the stream has
 * lost its framing: the session must answer (generic_nack) and close.
 *
 * <p>It carries no stack trace: it describes the peer's octets, not our code, and a peer must not
 * be able to make us pay for stack walks.
 */
public final class PduDecodeException extends Exception {

    private final int commandId;
    private final int sequenceNumber;
    private final boolean headerRead;
    private final int commandStatus;
    private final boolean canContinue;

    PduDecodeException(String message, int commandStatus, boolean canContinue, boolean headerRead, int commandId,
                       int sequenceNumber) {
        super(message, null, false, false);
        this.commandStatus = commandStatus;
        this.canContinue = canContinue;
        this.headerRead = headerRead;
        this.commandId = commandId;
        this.sequenceNumber = sequenceNumber;
    }

    /** Whether command_id and sequence_number were read; when false both getters return 0. */
    public boolean isHeaderRead() {
        return headerRead;
    }

    public int getCommandId() {
        return commandId;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    /** The command_status to answer with (ESME_RINVCMDLEN, ESME_RINVCMDID, ESME_RINVSRCADR, ...). */
    public int getCommandStatus() {
        return commandStatus;
    }

    /** True when only this frame was bad and was skipped; false when the stream must be closed. */
    public boolean canContinue() {
        return canContinue;
    }

    /**
     * What the session should send back: the request's own response carrying
     * {@link #getCommandStatus()} when a known request's body was bad; a generic_nack when the
     * command_id was unknown or the length invalid (before closing); null when the bad PDU was a
     * response, outbind or alert_notification, which are not answered.
     */
    public Pdu answer() {
        if (canContinue && CommandId.isKnown(commandId)) {
            Pdu pdu = Pdus.newPdu(commandId);
            if (!(pdu instanceof PduRequest)) {
                return null;
            }
            PduRequest<?> request = (PduRequest<?>) pdu;
            request.setSequenceNumber(sequenceNumber);
            return request.createResponse(commandStatus);
        }
        GenericNack nack = new GenericNack();
        nack.setCommandStatus(commandStatus);
        nack.setSequenceNumber(sequenceNumber);
        return nack;
    }

    @Override
    public String toString() {
        return "PduDecodeException[" + CommandStatus.name(commandStatus)
                + (headerRead ? ", " + CommandId.name(commandId) + ", seq=" + Integer.toUnsignedString(sequenceNumber) : "")
                + (canContinue ? ", frame skipped" : ", stream must close") + "]: " + getMessage();
    }
}
