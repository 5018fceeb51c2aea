package org.smppconnector.smpp.pdu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The TLVs (optional parameters) of a PDU, in their order on the wire, any tag.
 *
 * <p>They are held as their wire octets, back to back, so that decoding copies the whole TLV
 * block once and encoding writes it back once; the typed helpers scan the block, which is short.
 * A tag may appear more than once on the wire; the getters see the first, {@code put} replaces the
 * first and drops the others.
 *
 * <p>The put helpers refuse a value the spec does not allow for a standard tag (wrong length,
 * integer out of range, text with a NUL or a character above 0xFF) with an
 * {@link IllegalArgumentException} that names the tag. Not thread-safe, like the PDUs.
 */
public final class Tlvs {

    private static final byte[] EMPTY = new byte[0];

    private byte[] buf;
    private int len;

    public Tlvs() {
        this.buf = EMPTY;
    }

    private Tlvs(byte[] buf) {
        this.buf = buf;
        this.len = buf.length;
    }

    /**
     * A container holding a copy of {@code length} octets of wire TLVs from {@code src}.
     *
     * @throws IllegalArgumentException when the octets are not a whole sequence of TLVs
     */
    public static Tlvs fromWire(byte[] src, int offset, int length) {
        int end = offset + length;
        int p = offset;
        while (p < end) {
            if (end - p < 4 || end - p - 4 < u16(src, p + 2)) {
                throw new IllegalArgumentException("TLV at octet " + (p - offset) + " runs past the end of the TLV block");
            }
            p += 4 + u16(src, p + 2);
        }
        return new Tlvs(Arrays.copyOfRange(src, offset, end));
    }

    /** A container over octets already checked to be a whole sequence of TLVs (by the decoder), not copied. */
    static Tlvs ofCheckedWire(byte[] wire) {
        return new Tlvs(wire);
    }

    /** Octets the TLVs take on the wire. */
    public int wireLength() {
        return len;
    }

    /** Writes the TLVs in wire form at {@code offset}; returns the offset after them. */
    public int writeTo(byte[] dst, int offset) {
        System.arraycopy(buf, 0, dst, offset, len);
        return offset + len;
    }

    public boolean isEmpty() {
        return len == 0;
    }

    /** Number of TLVs, duplicates counted. */
    public int size() {
        int n = 0;
        for (int p = 0; p < len; p += 4 + u16(buf, p + 2)) {
            n++;
        }
        return n;
    }

    /** Copies of all TLVs, in wire order. */
    public List<Tlv> list() {
        List<Tlv> out = new ArrayList<>();
        for (int p = 0; p < len; p += 4 + u16(buf, p + 2)) {
            int l = u16(buf, p + 2);
            out.add(new Tlv(u16(buf, p), Arrays.copyOfRange(buf, p + 4, p + 4 + l)));
        }
        return out;
    }

    public boolean has(Tag tag) {
        return find(tag.code(), 0) >= 0;
    }

    public boolean has(int tag) {
        return find(tag, 0) >= 0;
    }

    /** Length of the value of the first TLV with this tag, or -1 when there is none. */
    public int valueLength(int tag) {
        int p = find(tag, 0);
        return p < 0 ? -1 : u16(buf, p + 2);
    }

    /**
     * The value as an unsigned big-endian integer, or {@code absent} when the tag is not there.
     * A 4-octet value above {@link Integer#MAX_VALUE} comes back negative: read it with
     * {@link Integer#toUnsignedLong(int)}.
     *
     * @throws IllegalStateException when the value is longer than 4 octets
     */
    public int getInt(Tag tag, int absent) {
        return getInt(tag.code(), absent);
    }

    public int getInt(int tag, int absent) {
        int p = find(tag, 0);
        if (p < 0) {
            return absent;
        }
        int l = u16(buf, p + 2);
        if (l > 4) {
            throw new IllegalStateException(Tag.nameOf(tag) + " holds " + l + " octets, not an integer");
        }
        int v = 0;
        for (int i = 0; i < l; i++) {
            v = (v << 8) | (buf[p + 4 + i] & 0xFF);
        }
        return v;
    }

    /**
     * The value as text: its octets up to the first NUL (or all of them, as some peers leave the
     * NUL out), one character per octet (ISO-8859-1); null when the tag is not there.
     */
    public String getString(Tag tag) {
        return getString(tag.code());
    }

    public String getString(int tag) {
        int p = find(tag, 0);
        if (p < 0) {
            return null;
        }
        int start = p + 4;
        int end = start + u16(buf, p + 2);
        int n = start;
        while (n < end && buf[n] != 0) {
            n++;
        }
        return n == start ? "" : new String(buf, start, n - start, StandardCharsets.ISO_8859_1);
    }

    /** A copy of the value octets, or null when the tag is not there. */
    public byte[] getBytes(Tag tag) {
        return getBytes(tag.code());
    }

    public byte[] getBytes(int tag) {
        int p = find(tag, 0);
        return p < 0 ? null : Arrays.copyOfRange(buf, p + 4, p + 4 + u16(buf, p + 2));
    }

    /** The network_error_code TLV, or null when it is not there or not 3 octets long. */
    public NetworkErrorCode getNetworkErrorCode() {
        int p = find(Tag.NETWORK_ERROR_CODE.code(), 0);
        if (p < 0 || u16(buf, p + 2) != 3) {
            return null;
        }
        return new NetworkErrorCode(buf[p + 4] & 0xFF, u16(buf, p + 5));
    }

    /** Sets an integer tag, in the width its type has ({@link TlvType#INT1} etc.). */
    public Tlvs putInt(Tag tag, int value) {
        int width = tag.type().width();
        if (width == 0) {
            throw new IllegalArgumentException(tag.specName() + " is not an integer tag but " + tag.type());
        }
        return putInt(tag.code(), width, value);
    }

    /** Sets any tag to an unsigned integer of {@code width} octets (1, 2 or 4). */
    public Tlvs putInt(int tag, int width, int value) {
        if (width != 1 && width != 2 && width != 4) {
            throw new IllegalArgumentException("integer width must be 1, 2 or 4, not " + width);
        }
        if (width < 4 && (value & ~((1 << (8 * width)) - 1)) != 0) {
            throw new IllegalArgumentException(Tag.nameOf(tag) + " value " + value + " does not fit in " + width + " octet(s)");
        }
        checkLength(tag, width);
        int p = slot(tag, width);
        for (int i = width - 1; i >= 0; i--) {
            buf[p + i] = (byte) value;
            value >>>= 8;
        }
        return this;
    }

    /** Sets a text tag; the NUL terminator is added and counts toward the tag's length limit. */
    public Tlvs putString(Tag tag, String value) {
        if (tag.type() != TlvType.C_STRING) {
            throw new IllegalArgumentException(tag.specName() + " is not a C-string tag but " + tag.type());
        }
        return putString(tag.code(), value);
    }

    public Tlvs putString(int tag, String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == 0 || c > 0xFF) {
                throw new IllegalArgumentException(Tag.nameOf(tag) + " has a character an SMPP C-string cannot carry at index " + i);
            }
        }
        checkLength(tag, n + 1);
        int p = slot(tag, n + 1);
        for (int i = 0; i < n; i++) {
            buf[p + i] = (byte) value.charAt(i);
        }
        buf[p + n] = 0;
        return this;
    }

    /** Sets any tag to these octets (copied). */
    public Tlvs putBytes(Tag tag, byte[] value) {
        return putBytes(tag.code(), value);
    }

    public Tlvs putBytes(int tag, byte[] value) {
        checkLength(tag, value.length);
        int p = slot(tag, value.length);
        System.arraycopy(value, 0, buf, p, value.length);
        return this;
    }

    public Tlvs putNetworkErrorCode(NetworkErrorCode code) {
        int p = slot(Tag.NETWORK_ERROR_CODE.code(), 3);
        buf[p] = (byte) code.networkType();
        buf[p + 1] = (byte) (code.errorCode() >>> 8);
        buf[p + 2] = (byte) code.errorCode();
        return this;
    }

    /** Removes every TLV with this tag; returns whether there was one. */
    public boolean remove(Tag tag) {
        return remove(tag.code());
    }

    public boolean remove(int tag) {
        boolean removed = false;
        int p;
        while ((p = find(tag, 0)) >= 0) {
            int total = 4 + u16(buf, p + 2);
            System.arraycopy(buf, p + total, buf, p, len - p - total);
            len -= total;
            removed = true;
        }
        return removed;
    }

    public void clear() {
        len = 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tlvs && Arrays.equals(buf, 0, len, ((Tlvs) o).buf, 0, ((Tlvs) o).len);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int p = 0; p < len; p += 4 + u16(buf, p + 2)) {
            if (p > 0) {
                sb.append(", ");
            }
            int tag = u16(buf, p);
            int l = u16(buf, p + 2);
            sb.append(Tag.nameOf(tag)).append('=');
            Tag known = Tag.of(tag);
            if (known != null && known.type() == TlvType.C_STRING) {
                sb.append('"').append(getString(tag)).append('"');
            } else if (known != null && known.type().width() == l) {
                sb.append(getInt(tag, 0));
            } else {
                sb.append("0x");
                for (int i = 0; i < l; i++) {
                    sb.append(Character.forDigit((buf[p + 4 + i] >> 4) & 0xF, 16)).append(Character.forDigit(buf[p + 4 + i] & 0xF, 16));
                }
            }
        }
        return sb.append(']').toString();
    }

    private static void checkLength(int tag, int valueLength) {
        if ((tag & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("TLV tag must fit in 2 octets: " + tag);
        }
        Tag known = Tag.of(tag);
        if (known != null) {
            if (valueLength < known.minLength() || valueLength > known.maxLength()) {
                throw new IllegalArgumentException(known.specName() + " value is " + valueLength + " octets; the spec allows "
                        + known.minLength() + " to " + known.maxLength());
            }
        } else if (valueLength > 0xFFFF) {
            throw new IllegalArgumentException(Tag.nameOf(tag) + " value is " + valueLength + " octets; a TLV holds at most 65535");
        }
    }

    /** Offset of the first TLV with this tag at or after {@code from}, or -1. */
    private int find(int tag, int from) {
        for (int p = from; p < len; p += 4 + u16(buf, p + 2)) {
            if (u16(buf, p) == tag) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Makes room for a value of {@code valueLength} octets under {@code tag}: in place of the first
     * TLV with that tag (dropping any later ones), or at the end. Returns the value's offset.
     */
    private int slot(int tag, int valueLength) {
        int p = find(tag, 0);
        int total = 4 + valueLength;
        if (p < 0) {
            ensureCapacity(len + total);
            p = len;
            len += total;
        } else {
            int oldTotal = 4 + u16(buf, p + 2);
            int q;
            while ((q = find(tag, p + oldTotal)) >= 0) {
                int qTotal = 4 + u16(buf, q + 2);
                System.arraycopy(buf, q + qTotal, buf, q, len - q - qTotal);
                len -= qTotal;
            }
            if (total != oldTotal) {
                ensureCapacity(len - oldTotal + total);
                System.arraycopy(buf, p + oldTotal, buf, p + total, len - p - oldTotal);
                len += total - oldTotal;
            }
        }
        buf[p] = (byte) (tag >>> 8);
        buf[p + 1] = (byte) tag;
        buf[p + 2] = (byte) (valueLength >>> 8);
        buf[p + 3] = (byte) valueLength;
        return p + 4;
    }

    private void ensureCapacity(int needed) {
        if (needed > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(needed, Math.max(32, buf.length * 2)));
        }
    }

    private static int u16(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }
}
