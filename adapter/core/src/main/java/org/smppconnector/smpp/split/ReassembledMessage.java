package org.smppconnector.smpp.split;

import java.util.List;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;
import org.smppconnector.smpp.text.ShiftTables;

/**
 * A whole inbound message: all its parts' user data joined in sequence order, UDHs removed and
 * GSM-7 unpacked, with the data_coding to read it in. A message that came in one part is one too.
 */
public final class ReassembledMessage {

    private final String source;
    private final String destination;
    private final DataCoding dataCoding;
    private final Alphabet smscDefault;
    private final List<Segment> segments;
    private final int reference;

    ReassembledMessage(String source, String destination, DataCoding dataCoding, Alphabet smscDefault,
            List<Segment> segments, int reference) {
        this.source = source;
        this.destination = destination;
        this.dataCoding = dataCoding;
        this.smscDefault = smscDefault;
        this.segments = List.copyOf(segments);
        this.reference = reference;
    }

    public String source() {
        return source;
    }

    public String destination() {
        return destination;
    }

    /** The data_coding of the parts (of the first part received, should they differ). */
    public DataCoding dataCoding() {
        return dataCoding;
    }

    /** The alphabet of the payload, reading data_coding 0 as the account's SMSC default. */
    public Alphabet alphabet() {
        return dataCoding.alphabet(smscDefault);
    }

    public int partCount() {
        return segments.size();
    }

    public boolean isConcatenated() {
        return reference >= 0;
    }

    /** The concatenation reference, or -1 for a message that came in one part. */
    public int reference() {
        return reference;
    }

    /** The whole user data, without UDHs; GSM-7 as unpacked septets. */
    public byte[] payload() {
        return Segment.concatenate(segments);
    }

    /**
     * The national language tables the first part's UDH named.
     *
     * @throws org.smppconnector.smpp.text.UnsupportedNationalLanguageException for tables this
     *     connector does not have
     */
    public ShiftTables shiftTables() {
        return segments.get(0).shiftTables();
    }

    /**
     * The text.
     *
     * @throws org.smppconnector.smpp.text.UnsupportedDataCodingException for a data_coding with no alphabet implemented
     * @throws org.smppconnector.smpp.text.MalformedTextException for octets the alphabet does not allow
     * @throws UnsupportedOperationException for binary data
     */
    public String text() {
        return Segment.decode(segments, dataCoding, smscDefault);
    }

    @Override
    public String toString() {
        return "ReassembledMessage[" + source + " -> " + destination + ", " + dataCoding + ", " + segments.size()
                + " part(s)" + (reference >= 0 ? ", reference " + reference : "") + "]";
    }
}
