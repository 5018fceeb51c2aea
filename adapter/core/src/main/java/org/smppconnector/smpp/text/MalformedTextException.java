package org.smppconnector.smpp.text;

/** Octets that are not valid in the alphabet they claim to be in; names the offset of the first bad one. */
public final class MalformedTextException extends IllegalArgumentException {

    private final Alphabet alphabet;
    private final int offset;

    public MalformedTextException(Alphabet alphabet, int offset, String reason) {
        super(alphabet + " payload is malformed at octet " + offset + ": " + reason);
        this.alphabet = alphabet;
        this.offset = offset;
    }

    public Alphabet alphabet() {
        return alphabet;
    }

    /** Offset of the offending octet, counted from the start of the decoded range. */
    public int offset() {
        return offset;
    }
}
