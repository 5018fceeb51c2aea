package org.smppconnector.simulator.text;

/** Octets that are not valid text in the alphabet their data_coding names. */
public final class UndecodableTextException extends Exception {
    private final Alphabet alphabet;
    private final int offset;

    public UndecodableTextException(Alphabet alphabet, int offset, String problem) {
        super(alphabet + " payload cannot be decoded at octet " + offset + ": " + problem);
        this.alphabet = alphabet;
        this.offset = offset;
    }

    public Alphabet alphabet() {
        return alphabet;
    }

    public int offset() {
        return offset;
    }
}
