package org.smppconnector.simulator.text;

/** A user data header at the start of a short message (esm_class UDHI set). */
public record UserDataHeader(int length, Concatenation concatenation) {

    /**
     * Reads the header: its total length in octets (UDHL + 1) and the concatenation IE when
     * there is one.
     *
     * @throws IllegalArgumentException naming the problem when the header is malformed
     */
    public static UserDataHeader parse(byte[] shortMessage) {
        if (shortMessage.length == 0) {
            throw new IllegalArgumentException("UDHI set but the short message is empty");
        }
        int udhl = shortMessage[0] & 0xFF;
        if (udhl + 1 > shortMessage.length) {
            throw new IllegalArgumentException("UDH length " + udhl + " exceeds the "
                    + shortMessage.length + "-octet short message");
        }
        Concatenation concatenation = null;
        int at = 1;
        while (at < udhl + 1) {
            if (at + 2 > udhl + 1) {
                throw new IllegalArgumentException("truncated information element at octet " + at);
            }
            int iei = shortMessage[at] & 0xFF;
            int iel = shortMessage[at + 1] & 0xFF;
            int data = at + 2;
            if (data + iel > udhl + 1) {
                throw new IllegalArgumentException("information element 0x" + Integer.toHexString(iei)
                        + " overruns the header");
            }
            if (iei == 0x00 && iel == 3) {
                concatenation = new Concatenation(MultipartMethod.UDH_8BIT,
                        shortMessage[data] & 0xFF, shortMessage[data + 1] & 0xFF, shortMessage[data + 2] & 0xFF);
            } else if (iei == 0x08 && iel == 4) {
                concatenation = new Concatenation(MultipartMethod.UDH_16BIT,
                        ((shortMessage[data] & 0xFF) << 8) | (shortMessage[data + 1] & 0xFF),
                        shortMessage[data + 2] & 0xFF, shortMessage[data + 3] & 0xFF);
            }
            at = data + iel;
        }
        return new UserDataHeader(udhl + 1, concatenation);
    }

    /** The header octets for one part of a concatenated message. */
    public static byte[] concatenation(MultipartMethod method, int reference, int total, int sequence) {
        if (method == MultipartMethod.UDH_8BIT) {
            return new byte[] {0x05, 0x00, 0x03, (byte) reference, (byte) total, (byte) sequence};
        }
        if (method == MultipartMethod.UDH_16BIT) {
            return new byte[] {0x06, 0x08, 0x04, (byte) (reference >> 8), (byte) reference,
                (byte) total, (byte) sequence};
        }
        throw new IllegalArgumentException("no user data header for " + method);
    }
}
