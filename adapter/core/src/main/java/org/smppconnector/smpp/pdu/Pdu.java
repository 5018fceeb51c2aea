package org.smppconnector.smpp.pdu;

/**
 * An SMPP PDU: the header (command_id, command_status, sequence_number) and the TLVs; the
 * subclasses, one per command, add the mandatory body fields.
 *
 * <p>PDUs are plain mutable data holders, not thread-safe. Text fields are never null (null is
 * stored as "") and their setters admit only characters U+0001 to U+00FF, one octet each on the
 * wire; byte-array fields are held as given, not copied. Integer fields of one octet are
 * {@code int}s from 0 to 255, which their setters enforce. Lengths are checked against the spec
 * by {@link PduCodec} when it encodes, with an error naming the field.
 */
public abstract class Pdu {

    private final int commandId;
    private int commandStatus;
    private int sequenceNumber;
    private Tlvs tlvs;

    protected Pdu(int commandId) {
        this.commandId = commandId;
    }

    public final int getCommandId() {
        return commandId;
    }

    /** The spec name of the command ("submit_sm"). */
    public final String getName() {
        return CommandId.name(commandId);
    }

    public final boolean isResponse() {
        return CommandId.isResponse(commandId);
    }

    /** Whether this PDU is answered by a response (false for outbind and alert_notification, and for responses). */
    public boolean expectsResponse() {
        return false;
    }

    public final int getCommandStatus() {
        return commandStatus;
    }

    public final void setCommandStatus(int commandStatus) {
        this.commandStatus = commandStatus;
    }

    public final int getSequenceNumber() {
        return sequenceNumber;
    }

    public final void setSequenceNumber(int sequenceNumber) {
        this.sequenceNumber = sequenceNumber;
    }

    /** Whether the PDU has at least one TLV (without creating the container). */
    public final boolean hasTlvs() {
        return tlvs != null && !tlvs.isEmpty();
    }

    /** The TLVs, created empty on first use. */
    public final Tlvs getTlvs() {
        if (tlvs == null) {
            tlvs = new Tlvs();
        }
        return tlvs;
    }

    /** The TLV container if there is one, else null; for the codec, which should not create one. */
    public final Tlvs tlvsOrNull() {
        return tlvs;
    }

    public final void setTlvs(Tlvs tlvs) {
        this.tlvs = tlvs;
    }

    /** Whether the command may carry TLVs; false for the header-only commands. */
    public boolean allowsTlvs() {
        return true;
    }

    /** A one-octet field's value, refused with an error naming the field when it is not 0 to 255. */
    protected static byte octet(int value, String field) {
        if ((value & ~0xFF) != 0) {
            throw new IllegalArgumentException(field + " must be 0 to 255 (one octet), not " + value);
        }
        return (byte) value;
    }

    /**
     * A text field's value: "" for null; refused with an error naming the field when it holds a
     * character an SMPP C-octet string cannot carry (a NUL, or one above U+00FF).
     */
    static String text(String value, String field) {
        if (value == null) {
            return "";
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if ((char) (c - 1) >= 0xFF) { // c == 0 or c > 0xFF, in one unsigned comparison
                throw new IllegalArgumentException(field + " has the character U+" + String.format("%04X", (int) c)
                        + " at index " + i + ", which an SMPP C-octet string cannot carry");
            }
        }
        return value;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getName()).append("(seq=").append(Integer.toUnsignedString(sequenceNumber));
        if (commandStatus != 0 || isResponse()) {
            sb.append(", status=").append(CommandStatus.name(commandStatus));
        }
        appendFields(sb);
        if (hasTlvs()) {
            sb.append(", tlvs=").append(tlvs);
        }
        return sb.append(')').toString();
    }

    /** Appends ", name=value" for each body field. */
    protected void appendFields(StringBuilder sb) {
    }

    protected static void appendHex(StringBuilder sb, byte[] bytes) {
        if (bytes == null) {
            return;
        }
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
    }
}
