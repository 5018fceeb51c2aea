package org.smppconnector.simulator.record;

import java.time.Instant;
import java.util.Map;

import org.smppconnector.simulator.smpp.CommandNames;

/**
 * One PDU received or sent on a session: its header, when, and its raw octets (from which
 * the key fields are decoded only when asked, to keep recording cheap).
 */
public final class PduRecord {
    private final String sessionId;
    private final Direction direction;
    private final long epochMillis;
    private final int commandId;
    private final int commandStatus;
    private final int sequenceNumber;
    private final byte[] octets;
    private volatile Map<String, String> fields;

    public PduRecord(String sessionId, Direction direction, long epochMillis, byte[] octets) {
        this.sessionId = sessionId;
        this.direction = direction;
        this.epochMillis = epochMillis;
        this.octets = octets;
        this.commandId = readInt(octets, 4);
        this.commandStatus = readInt(octets, 8);
        this.sequenceNumber = readInt(octets, 12);
    }

    public String sessionId() {
        return sessionId;
    }

    public Direction direction() {
        return direction;
    }

    public Instant time() {
        return Instant.ofEpochMilli(epochMillis);
    }

    public int commandId() {
        return commandId;
    }

    /** The command's name, e.g. {@code submit_sm_resp}. */
    public String command() {
        return CommandNames.of(commandId);
    }

    public boolean isResponse() {
        return CommandNames.isResponse(commandId);
    }

    public int commandStatus() {
        return commandStatus;
    }

    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** A copy of the PDU's octets, header included. */
    public byte[] octets() {
        return octets.clone();
    }

    /**
     * The PDU's key fields by SMPP name (system_id, source_addr, destination_addr,
     * message_id, esm_class, data_coding, registered_delivery, short_message, ...).
     */
    public Map<String, String> fields() {
        Map<String, String> decoded = fields;
        if (decoded == null) {
            decoded = PduFields.decode(commandId, octets);
            fields = decoded;
        }
        return decoded;
    }

    /** One key field, or null. */
    public String field(String name) {
        return fields().get(name);
    }

    @Override
    public String toString() {
        return String.format("%s %s %s seq=%d status=0x%08x %s", sessionId, direction, command(),
                sequenceNumber, commandStatus, fields());
    }

    private static int readInt(byte[] b, int at) {
        if (b.length < at + 4) {
            return 0;
        }
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
