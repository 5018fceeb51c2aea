package org.smppconnector.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An optional parameter (TLV) of a PDU: a 16-bit tag and its value octets, as the PDU carries
 * them (SMPP 3.4, 5.3). Immutable: the value is copied in and out.
 *
 * <p>Values are big-endian integers or NUL-terminated ASCII strings for most tags;
 * {@link #ofByte}, {@link #ofShort}, {@link #ofInt}, {@link #ofCString} and their readers
 * {@link #unsignedValue()} and {@link #cStringValue()} spare the octet work.
 */
public final class Tlv {

    private static final int MAX_UNSIGNED_SHORT = 0xFFFF;

    private final int tag;
    private final byte[] value;

    private Tlv(int tag, byte[] value) {
        if (tag < 0 || tag > MAX_UNSIGNED_SHORT) {
            throw new IllegalArgumentException("a TLV tag is 16 bits: 0x0000..0xFFFF, not " + tag);
        }
        if (value.length > MAX_UNSIGNED_SHORT) {
            throw new IllegalArgumentException("a TLV value has at most 65535 octets, not " + value.length);
        }
        this.tag = tag;
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException when the tag is not 16 bits or the value longer than 65535 octets
     */
    public static Tlv of(int tag, byte[] value) {
        return new Tlv(tag, value.clone());
    }

    /** A one-octet integer value, 0..255. */
    public static Tlv ofByte(int tag, int value) {
        return new Tlv(tag, unsigned(value, 1));
    }

    /** A two-octet integer value, 0..65535, such as user_message_reference. */
    public static Tlv ofShort(int tag, int value) {
        return new Tlv(tag, unsigned(value, 2));
    }

    /** A four-octet integer value, 0..4294967295, such as qos_time_to_live. */
    public static Tlv ofInt(int tag, long value) {
        return new Tlv(tag, unsigned(value, 4));
    }

    /** An ASCII string with its terminating NUL, such as receipted_message_id. */
    public static Tlv ofCString(int tag, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c == 0 || c > 0x7F) {
                throw new IllegalArgumentException("a C-octet string holds ASCII without NUL; found U+"
                        + HexFormat.of().withUpperCase().toHexDigits(c) + " at " + i);
            }
        }
        byte[] octets = Arrays.copyOf(ascii.getBytes(StandardCharsets.US_ASCII), ascii.length() + 1);
        return new Tlv(tag, octets);
    }

    public int tag() {
        return tag;
    }

    /** A copy of the value octets. */
    public byte[] value() {
        return value.clone();
    }

    /** The number of value octets. */
    public int length() {
        return value.length;
    }

    /**
     * The value read as a big-endian unsigned integer.
     *
     * @throws IllegalStateException unless the value has 1, 2 or 4 octets
     */
    public long unsignedValue() {
        if (value.length != 1 && value.length != 2 && value.length != 4) {
            throw new IllegalStateException("TLV " + tagText() + " has " + value.length
                    + " octets, not an integer of 1, 2 or 4");
        }
        long result = 0;
        for (byte octet : value) {
            result = result << 8 | octet & 0xFF;
        }
        return result;
    }

    /** The value read as ASCII up to its first NUL (or its end, when an SMSC left the NUL out). */
    public String cStringValue() {
        int end = 0;
        while (end < value.length && value[end] != 0) {
            end++;
        }
        return new String(value, 0, end, StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tlv that && tag == that.tag && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * tag + Arrays.hashCode(value);
    }

    /** E.g. {@code Tlv[0x0204: 002A]}. */
    @Override
    public String toString() {
        return "Tlv[" + tagText() + ": " + HexFormat.of().withUpperCase().formatHex(value) + "]";
    }

    private String tagText() {
        return String.format("0x%04X", tag);
    }

    private static byte[] unsigned(long value, int octets) {
        long max = (1L << (8 * octets)) - 1;
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("a " + octets + "-octet value is 0.." + max + ", not " + value);
        }
        byte[] bytes = new byte[octets];
        for (int i = octets - 1; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return bytes;
    }
}
