package org.smppconnector.smpp.split;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;

/**
 * A multipart message given up on, with every part that did arrive, so that the caller can deliver
 * what there is or log it: nothing is dropped silently.
 */
public final class IncompleteMessage {

    /** Why the message was given up on. */
    public enum Reason {
        /** Its first part is older than the maximum age. */
        EXPIRED,
        /** Too many incomplete messages were pending; this was the oldest. */
        CAPACITY
    }

    private final String source;
    private final String destination;
    private final DataCoding dataCoding;
    private final Alphabet smscDefault;
    private final int reference;
    private final int total;
    private final List<Segment> received;
    private final Instant firstSeen;
    private final Reason reason;

    IncompleteMessage(String source, String destination, DataCoding dataCoding, Alphabet smscDefault, int reference,
            int total, List<Segment> received, Instant firstSeen, Reason reason) {
        this.source = source;
        this.destination = destination;
        this.dataCoding = dataCoding;
        this.smscDefault = smscDefault;
        this.reference = reference;
        this.total = total;
        this.received = List.copyOf(received);
        this.firstSeen = firstSeen;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String destination() {
        return destination;
    }

    public DataCoding dataCoding() {
        return dataCoding;
    }

    public int reference() {
        return reference;
    }

    /** How many parts the message announced. */
    public int total() {
        return total;
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    public Reason reason() {
        return reason;
    }

    /** The user data of each part that arrived (UDH removed, GSM-7 unpacked), by sequence number. */
    public SortedMap<Integer, byte[]> receivedParts() {
        SortedMap<Integer, byte[]> parts = new TreeMap<>();
        for (Segment segment : received) {
            parts.put(segment.sequence(), segment.payload().clone());
        }
        return Collections.unmodifiableSortedMap(parts);
    }

    /** The sequence numbers that never arrived. */
    public List<Integer> missingSequences() {
        List<Integer> missing = new ArrayList<>();
        int next = 0;
        for (int sequence = 1; sequence <= total; sequence++) {
            if (next < received.size() && received.get(next).sequence() == sequence) {
                next++;
            } else {
                missing.add(sequence);
            }
        }
        return missing;
    }

    /** The parts that arrived, joined in sequence order. */
    public byte[] partialPayload() {
        return Segment.concatenate(received);
    }

    /**
     * The parts that arrived as text, joined in sequence order with nothing marking the gaps.
     *
     * @throws org.smppconnector.smpp.text.MalformedTextException if a gap splits a character
     */
    public String partialText() {
        return Segment.decode(received, dataCoding, smscDefault);
    }

    @Override
    public String toString() {
        return "IncompleteMessage[" + source + " -> " + destination + ", reference " + reference + ", "
                + received.size() + "/" + total + " parts, " + reason + "]";
    }
}
