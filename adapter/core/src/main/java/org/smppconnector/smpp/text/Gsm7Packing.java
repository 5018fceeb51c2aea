package org.smppconnector.smpp.text;

/**
 * Packs septets eight into seven octets (3GPP TS 23.038 6.1.2.1.1), for providers that want packed
 * GSM-7 in short_message, and unpacks them.
 *
 * <p>After a User Data Header the septets start on a septet boundary counted from the start of the
 * header, so {@link #fillBits(int)} zero bits come first. SMPP carries the length in octets, not in
 * septets, so 7 spare bits at the end would read as a trailing '@': as 23.038 6.1.2.3.1 prescribes,
 * they are filled with CR, and {@link #unpack} drops a CR found in that position. The one case
 * that stays ambiguous is a text whose own last character is a CR ending exactly on an octet
 * boundary: it unpacks without that CR.
 */
public final class Gsm7Packing {

    private static final int CR = 0x0D;

    private Gsm7Packing() {
    }

    /** Zero bits between a UDH of {@code headerOctets} (UDHL included) and the first septet. */
    public static int fillBits(int headerOctets) {
        if (headerOctets < 0) {
            throw new IllegalArgumentException("header length must not be negative: " + headerOctets);
        }
        return (7 - (headerOctets * 8) % 7) % 7;
    }

    /** Octets {@code septets} septets take after {@code fillBits} fill bits. */
    public static int packedLength(int septets, int fillBits) {
        return (fillBits + 7 * septets + 7) / 8;
    }

    /** Packs unpacked septets with no fill bits. */
    public static byte[] pack(byte[] septets) {
        return pack(septets, 0, septets.length, 0);
    }

    /**
     * Packs {@code count} unpacked septets from {@code offset}, after {@code fillBits} zero bits.
     *
     * @throws IllegalArgumentException if fillBits is not 0..6 or an octet is not a septet
     */
    public static byte[] pack(byte[] septets, int offset, int count, int fillBits) {
        if (fillBits < 0 || fillBits > 6) {
            throw new IllegalArgumentException("fill bits must be 0..6, was " + fillBits);
        }
        byte[] packed = new byte[packedLength(count, fillBits)];
        int bit = fillBits;
        for (int i = 0; i < count; i++, bit += 7) {
            int septet = septets[offset + i] & 0xFF;
            if (septet > 0x7F) {
                throw new IllegalArgumentException(String.format("0x%02X at %d is not a septet", septet, offset + i));
            }
            put(packed, bit, septet);
        }
        if (packed.length * 8 - bit == 7) {
            put(packed, bit, CR);
        }
        return packed;
    }

    private static void put(byte[] packed, int bit, int septet) {
        int index = bit >> 3;
        int shift = bit & 7;
        packed[index] |= (byte) (septet << shift);
        if (shift > 1) {
            packed[index + 1] |= (byte) (septet >> (8 - shift));
        }
    }

    /** Unpacks a whole array packed with no fill bits. */
    public static byte[] unpack(byte[] packed) {
        return unpack(packed, 0, packed.length, 0);
    }

    /**
     * Unpacks the septets in {@code length} octets from {@code offset}, which start after
     * {@code fillBits} fill bits, dropping a final CR that only fills 7 spare bits.
     */
    public static byte[] unpack(byte[] packed, int offset, int length, int fillBits) {
        if (fillBits < 0 || fillBits > 6) {
            throw new IllegalArgumentException("fill bits must be 0..6, was " + fillBits);
        }
        int bits = length * 8 - fillBits;
        if (bits <= 0) {
            return new byte[0];
        }
        int count = bits / 7;
        byte[] septets = new byte[count];
        for (int i = 0, bit = fillBits; i < count; i++, bit += 7) {
            septets[i] = (byte) get(packed, offset, bit);
        }
        if (bits % 7 == 0 && count > 0 && septets[count - 1] == CR) {
            return java.util.Arrays.copyOf(septets, count - 1);
        }
        return septets;
    }

    private static int get(byte[] packed, int offset, int bit) {
        int index = offset + (bit >> 3);
        int shift = bit & 7;
        int value = (packed[index] & 0xFF) >> shift;
        if (shift > 1) {
            value |= (packed[index + 1] & 0xFF) << (8 - shift);
        }
        return value & 0x7F;
    }
}
