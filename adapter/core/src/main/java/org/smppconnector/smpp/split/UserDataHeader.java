package org.smppconnector.smpp.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smppconnector.smpp.text.ShiftTables;

/**
 * The User Data Header at the start of a short message whose esm_class has UDHI (0x40) set
 * (3GPP TS 23.040 9.2.3.24): a length octet, then information elements (identifier, length, data).
 */
public final class UserDataHeader {

    /** Concatenated short message, 8-bit reference. */
    public static final int CONCATENATION_8BIT = 0x00;
    /** Concatenated short message, 16-bit reference. */
    public static final int CONCATENATION_16BIT = 0x08;

    /**
     * One information element.
     *
     * @param identifier the IEI, 0..255
     * @param data its data (not to be modified)
     */
    public record Element(int identifier, byte[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Element && ((Element) o).identifier == identifier && Arrays.equals(((Element) o).data, data);
        }

        @Override
        public int hashCode() {
            return identifier * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return String.format("Element[0x%02X, %s]", identifier, java.util.HexFormat.of().formatHex(data));
        }
    }

    private final int length;
    private final List<Element> elements;

    private UserDataHeader(int length, List<Element> elements) {
        this.length = length;
        this.elements = List.copyOf(elements);
    }

    /**
     * Reads the UDH at the start of {@code userData}.
     *
     * @throws MalformedUserDataException when a length runs past the data
     */
    public static UserDataHeader parse(byte[] userData) {
        if (userData.length == 0) {
            throw new MalformedUserDataException("UDHI is set but the user data is empty");
        }
        int headerLength = userData[0] & 0xFF;
        if (1 + headerLength > userData.length) {
            throw new MalformedUserDataException("UDH length " + headerLength + " runs past the "
                    + (userData.length - 1) + " octets that follow it");
        }
        List<Element> elements = new ArrayList<>();
        int at = 1;
        int end = 1 + headerLength;
        while (at < end) {
            if (at + 2 > end) {
                throw new MalformedUserDataException("UDH information element at octet " + at + " is truncated");
            }
            int identifier = userData[at] & 0xFF;
            int elementLength = userData[at + 1] & 0xFF;
            if (at + 2 + elementLength > end) {
                throw new MalformedUserDataException(String.format(
                        "UDH information element 0x%02X at octet %d has length %d, past the header's end at %d",
                        identifier, at, elementLength, end));
            }
            elements.add(new Element(identifier, Arrays.copyOfRange(userData, at + 2, at + 2 + elementLength)));
            at += 2 + elementLength;
        }
        return new UserDataHeader(end, elements);
    }

    /** Octets the header takes, its length octet included. */
    public int length() {
        return length;
    }

    public List<Element> elements() {
        return elements;
    }

    /**
     * The national language single shift (0x24) and locking shift (0x25) identifiers, 0 when absent,
     * as {single, locking}.
     */
    int[] nationalLanguageIdentifiers() {
        int single = 0;
        int locking = 0;
        for (Element element : elements) {
            if (element.data().length == 1 && element.identifier() == ShiftTables.SINGLE_SHIFT_IEI) {
                single = element.data()[0] & 0xFF;
            } else if (element.data().length == 1 && element.identifier() == ShiftTables.LOCKING_SHIFT_IEI) {
                locking = element.data()[0] & 0xFF;
            }
        }
        return new int[] {single, locking};
    }

    /** A header of the given elements, each already written as identifier, length, data. */
    static byte[] build(byte[]... writtenElements) {
        int length = 0;
        for (byte[] element : writtenElements) {
            length += element.length;
        }
        if (length > 255) {
            throw new IllegalArgumentException("UDH of " + length + " octets does not fit its length octet");
        }
        byte[] header = new byte[1 + length];
        header[0] = (byte) length;
        int at = 1;
        for (byte[] element : writtenElements) {
            System.arraycopy(element, 0, header, at, element.length);
            at += element.length;
        }
        return header;
    }

    static byte[] concatenation8(int reference, int total, int sequence) {
        return new byte[] {CONCATENATION_8BIT, 3, (byte) reference, (byte) total, (byte) sequence};
    }

    static byte[] concatenation16(int reference, int total, int sequence) {
        return new byte[] {CONCATENATION_16BIT, 4, (byte) (reference >> 8), (byte) reference, (byte) total, (byte) sequence};
    }

    @Override
    public String toString() {
        return "UserDataHeader[" + length + " octets, " + elements + "]";
    }
}
