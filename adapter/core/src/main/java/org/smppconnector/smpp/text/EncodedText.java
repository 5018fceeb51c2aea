package org.smppconnector.smpp.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text (or binary payload) in the octets of one alphabet, with the data_coding that announces it
 * and the national language tables its UDH must name. GSM-7 octets are unpacked septets; packing,
 * if any, happens per part when the message is split. Immutable.
 */
public final class EncodedText {

    private final Alphabet alphabet;
    private final DataCoding dataCoding;
    private final ShiftTables shiftTables;
    private final byte[] octets;

    private EncodedText(Alphabet alphabet, DataCoding dataCoding, ShiftTables shiftTables, byte[] octets) {
        this.alphabet = Objects.requireNonNull(alphabet, "alphabet");
        this.dataCoding = Objects.requireNonNull(dataCoding, "dataCoding");
        this.shiftTables = Objects.requireNonNull(shiftTables, "shiftTables");
        this.octets = octets;
        if (alphabet != Alphabet.GSM7 && !shiftTables.isDefault()) {
            throw new IllegalArgumentException("national language tables are GSM-7 only, not " + alphabet);
        }
    }

    /**
     * Encodes {@code text} in {@code alphabet} with its plain data_coding.
     *
     * @throws UnencodableTextException if the alphabet cannot carry the text
     */
    public static EncodedText encode(CharSequence text, Alphabet alphabet) {
        return encode(text, alphabet, ShiftTables.DEFAULT, null);
    }

    /**
     * Encodes {@code text} in {@code alphabet} (with {@code tables} if GSM-7), announced with
     * {@code messageClass} when it is not null.
     *
     * @throws UnencodableTextException if the alphabet cannot carry the text
     * @throws IllegalArgumentException if the alphabet cannot carry a message class
     */
    public static EncodedText encode(CharSequence text, Alphabet alphabet, ShiftTables tables, MessageClass messageClass) {
        if (!alphabet.isText()) {
            throw new IllegalArgumentException("BINARY carries octets, not text: use EncodedText.binary");
        }
        byte[] octets = TextCodecs.forAlphabet(alphabet, tables).encode(text);
        return new EncodedText(alphabet, DataCoding.of(alphabet, messageClass), tables, octets);
    }

    /** 8-bit data with data_coding 0x04. */
    public static EncodedText binary(byte[] data) {
        return binary(data, null);
    }

    /** 8-bit data, with data_coding 0xF4..0xF7 when a message class is given, else 0x04. */
    public static EncodedText binary(byte[] data, MessageClass messageClass) {
        return new EncodedText(Alphabet.BINARY, DataCoding.of(Alphabet.BINARY, messageClass), ShiftTables.DEFAULT, data.clone());
    }

    /** Octets already encoded elsewhere (for example reassembled from inbound parts). */
    public static EncodedText ofOctets(DataCoding dataCoding, Alphabet alphabet, ShiftTables tables, byte[] octets) {
        return new EncodedText(alphabet, dataCoding, tables, octets.clone());
    }

    /** A candidate the chooser already encoded; takes ownership of the octets. */
    static EncodedText owning(Alphabet alphabet, DataCoding dataCoding, ShiftTables tables, byte[] octets) {
        return new EncodedText(alphabet, dataCoding, tables, octets);
    }

    public Alphabet alphabet() {
        return alphabet;
    }

    public DataCoding dataCoding() {
        return dataCoding;
    }

    /** The national language tables; {@link ShiftTables#DEFAULT} for anything but national GSM-7. */
    public ShiftTables shiftTables() {
        return shiftTables;
    }

    /** A copy of the octets. */
    public byte[] octets() {
        return octets.clone();
    }

    /** A copy of octets {@code [from, to)}. */
    public byte[] octets(int from, int to) {
        return Arrays.copyOfRange(octets, from, to);
    }

    public byte octetAt(int index) {
        return octets[index];
    }

    /** Length in octets (GSM-7: unpacked septets). */
    public int length() {
        return octets.length;
    }

    /** Length in units: septets, octets or UTF-16 code units (see {@link Alphabet}). */
    public int units() {
        return octets.length / alphabet.octetsPerUnit();
    }

    /** Octets the UDH information elements this text needs (national language shifts) take. */
    public int headerElementOctets() {
        return shiftTables.headerOctets();
    }

    public TextCodec codec() {
        return TextCodecs.forAlphabet(alphabet, shiftTables);
    }

    /** See {@link TextCodec#characterBoundary(byte[], int, int)}. */
    public int characterBoundary(int start, int limit) {
        return codec().characterBoundary(octets, start, limit);
    }

    /**
     * The text back.
     *
     * @throws UnsupportedOperationException for binary data
     */
    public String decode() {
        return codec().decode(octets);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedText && equalTo((EncodedText) o);
    }

    private boolean equalTo(EncodedText other) {
        return alphabet == other.alphabet && dataCoding.equals(other.dataCoding)
                && shiftTables.equals(other.shiftTables) && Arrays.equals(octets, other.octets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(alphabet, dataCoding, shiftTables) * 31 + Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return "EncodedText[" + alphabet + ", " + dataCoding + ", " + shiftTables + ", " + octets.length + " octets]";
    }
}
