package org.smppconnector.smpp.pdu;

/**
 * A PDU could not be encoded because a field holds what the spec does not allow (too long, a
 * value outside its octet, a character an SMPP string cannot carry). Nothing was written.
 */
public final class PduEncodeException extends IllegalArgumentException {

    private final int commandId;
    private final String field;

    PduEncodeException(int commandId, String field, String problem) {
        super(CommandId.name(commandId) + " " + field + ": " + problem);
        this.commandId = commandId;
        this.field = field;
    }

    public int getCommandId() {
        return commandId;
    }

    /** The spec name of the offending field ("source_addr", "short_message", a TLV name). */
    public String getField() {
        return field;
    }
}
