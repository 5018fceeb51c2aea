package org.smppconnector.smpp.split;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;
import org.smppconnector.smpp.text.ShiftTables;
import org.smppconnector.smpp.text.TextCodecs;

/**
 * One received part's user data without its UDH (GSM-7 always unpacked), with the national
 * language tables its own UDH named.
 */
record Segment(int sequence, byte[] payload, int lockingShiftId, int singleShiftId) {

    ShiftTables shiftTables() {
        return ShiftTables.ofIdentifiers(lockingShiftId, singleShiftId);
    }

    static byte[] concatenate(List<Segment> segments) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Segment segment : segments) {
            all.writeBytes(segment.payload());
        }
        return all.toByteArray();
    }

    /**
     * The text of the segments in order. GSM-7 parts that name different national tables are
     * decoded each with its own; everything else is decoded whole, so a character a sender split
     * across parts still reads.
     */
    static String decode(List<Segment> segments, DataCoding dataCoding, Alphabet smscDefault) {
        Alphabet alphabet = dataCoding.alphabet(smscDefault);
        if (alphabet == Alphabet.GSM7 && !sameTables(segments)) {
            StringBuilder text = new StringBuilder();
            for (Segment segment : segments) {
                text.append(TextCodecs.gsm7(segment.shiftTables()).decode(segment.payload()));
            }
            return text.toString();
        }
        ShiftTables tables = alphabet == Alphabet.GSM7 && !segments.isEmpty() ? segments.get(0).shiftTables() : ShiftTables.DEFAULT;
        return TextCodecs.forAlphabet(alphabet, tables).decode(concatenate(segments));
    }

    private static boolean sameTables(List<Segment> segments) {
        for (Segment segment : segments) {
            if (segment.lockingShiftId != segments.get(0).lockingShiftId || segment.singleShiftId != segments.get(0).singleShiftId) {
                return false;
            }
        }
        return true;
    }
}
