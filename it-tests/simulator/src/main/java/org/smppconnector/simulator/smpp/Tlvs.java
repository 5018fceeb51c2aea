package org.smppconnector.simulator.smpp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsmpp.bean.OptionalParameter;

/** The optional parameters (TLVs) of one PDU, by tag, with their raw values. */
public final class Tlvs {
    public static final int DEST_ADDR_SUBUNIT = 0x0005;
    public static final int RECEIPTED_MESSAGE_ID = 0x001E;
    public static final int USER_MESSAGE_REFERENCE = 0x0204;
    public static final int SAR_MSG_REF_NUM = 0x020C;
    public static final int SAR_TOTAL_SEGMENTS = 0x020E;
    public static final int SAR_SEGMENT_SEQNUM = 0x020F;
    public static final int NETWORK_ERROR_CODE = 0x0423;
    public static final int MESSAGE_PAYLOAD = 0x0424;
    public static final int MESSAGE_STATE = 0x0427;
    /** GatewayAPI's vendor TLV choosing one of its message classes. */
    public static final int GATEWAYAPI_MESSAGE_CLASS = 0x2900;

    private static final Tlvs EMPTY = new Tlvs(Map.of());

    private final Map<Integer, byte[]> values;

    private Tlvs(Map<Integer, byte[]> values) {
        this.values = values;
    }

    public static Tlvs empty() {
        return EMPTY;
    }

    public static Tlvs of(OptionalParameter[] parameters) {
        if (parameters == null || parameters.length == 0) {
            return EMPTY;
        }
        Map<Integer, byte[]> map = new LinkedHashMap<>();
        for (OptionalParameter parameter : parameters) {
            byte[] serialized = parameter.serialize();
            byte[] value = new byte[serialized.length - 4];
            System.arraycopy(serialized, 4, value, 0, value.length);
            map.put(parameter.tag & 0xFFFF, value);
        }
        return new Tlvs(Collections.unmodifiableMap(map));
    }

    public boolean has(int tag) {
        return values.containsKey(tag);
    }

    /** The raw value, or null when the TLV is absent. */
    public byte[] get(int tag) {
        byte[] value = values.get(tag);
        return value == null ? null : value.clone();
    }

    /** The value read as an unsigned big-endian integer of its length (1 to 4 octets), or -1 when absent. */
    public long unsigned(int tag) {
        byte[] value = values.get(tag);
        if (value == null || value.length == 0 || value.length > 4) {
            return -1;
        }
        long result = 0;
        for (byte b : value) {
            result = (result << 8) | (b & 0xFF);
        }
        return result;
    }

    public Map<Integer, byte[]> asMap() {
        Map<Integer, byte[]> copy = new LinkedHashMap<>();
        values.forEach((tag, value) -> copy.put(tag, value.clone()));
        return copy;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        values.forEach((tag, value) -> {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(String.format("0x%04x", tag)).append('=').append(value.length).append(" octets");
        });
        return text.append('}').toString();
    }
}
