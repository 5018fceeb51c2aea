package org.smppconnector.smpp.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCodingChooser;
import org.smppconnector.smpp.text.EncodedText;
import org.smppconnector.smpp.text.EncodingPolicy;
import org.smppconnector.smpp.text.Gsm7Packing;

/**
 * Splits an encoded text into the parts its {@link Segmentation} calls for. A part never ends
 * inside a GSM-7 escape sequence, a surrogate pair or a double-byte KSC5601 character. Thread-safe.
 */
public final class Splitter {

    private static final byte CR = 0x0D;

    private final Segmentation segmentation;
    private final ReferenceAllocator references;

    public Splitter(Segmentation segmentation, ReferenceAllocator references) {
        this.segmentation = Objects.requireNonNull(segmentation, "segmentation");
        this.references = Objects.requireNonNull(references, "references");
    }

    public Segmentation segmentation() {
        return segmentation;
    }

    /**
     * Chooses the cheapest encoding the policy allows (counting parts as this splitter would) and
     * splits the text for {@code destination}.
     *
     * @throws org.smppconnector.smpp.text.UnencodableTextException if no allowed encoding carries it
     * @throws MessageTooLongException if it needs more parts than allowed
     */
    public SplitMessage split(CharSequence text, EncodingPolicy policy, String destination) {
        return split(DataCodingChooser.choose(text, policy, this::partCountOrMax), destination);
    }

    /**
     * Splits an encoded text (or binary payload) for {@code destination}, allocating a reference
     * when it needs several parts.
     *
     * @throws MessageTooLongException if it needs more parts than allowed
     */
    public SplitMessage split(EncodedText text, String destination) {
        Objects.requireNonNull(destination, "destination");
        byte[] shifts = text.shiftTables().headerElements();
        if (text.units() <= segmentation.singleCapacity(text)) {
            byte[] header = shiftsOnlyHeader(shifts);
            byte[] userData = userData(text, header, 0, text.length());
            return new SplitMessage(text, List.of(new MessagePart(text.dataCoding(), header.length > 0, userData, null, null)), -1);
        }
        if (segmentation.method() == ConcatenationMethod.MESSAGE_PAYLOAD) {
            return new SplitMessage(text, List.of(payloadPart(text, shifts)), -1);
        }
        List<int[]> chunks = chunks(text);
        int total = chunks.size();
        int reference = references.next(destination, segmentation.method());
        List<MessagePart> parts = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            parts.add(part(text, shifts, chunks.get(i), reference, total, i + 1));
        }
        return new SplitMessage(text, parts, reference);
    }

    /**
     * How many parts the text would be sent in (no reference is allocated).
     *
     * @throws MessageTooLongException if it needs more parts than allowed
     */
    public int partCount(EncodedText text) {
        if (text.units() <= segmentation.singleCapacity(text) || segmentation.method() == ConcatenationMethod.MESSAGE_PAYLOAD) {
            return 1;
        }
        return chunks(text).size();
    }

    /** Lets the chooser weigh a candidate that is too long as the dearest, rather than fail on it. */
    private int partCountOrMax(EncodedText candidate) {
        try {
            return partCount(candidate);
        } catch (MessageTooLongException e) {
            return Integer.MAX_VALUE;
        }
    }

    private MessagePart payloadPart(EncodedText text, byte[] shifts) {
        byte[] header = shiftsOnlyHeader(shifts);
        byte[] payload = userData(text, header, 0, text.length());
        if (payload.length > Segmentation.MAX_MESSAGE_PAYLOAD) {
            throw new MessageTooLongException("message_payload of " + payload.length + " octets exceeds "
                    + Segmentation.MAX_MESSAGE_PAYLOAD);
        }
        return new MessagePart(text.dataCoding(), header.length > 0, new byte[0], payload, null);
    }

    private MessagePart part(EncodedText text, byte[] shifts, int[] chunk, int reference, int total, int sequence) {
        byte[] header = header(shifts, reference, total, sequence);
        byte[] userData = userData(text, header, chunk[0], chunk[1]);
        SarSegment sar = segmentation.method() == ConcatenationMethod.SAR_TLV ? new SarSegment(reference, total, sequence) : null;
        return new MessagePart(text.dataCoding(), header.length > 0, userData, null, sar);
    }

    private byte[] header(byte[] shifts, int reference, int total, int sequence) {
        return switch (segmentation.method()) {
            case UDH_8BIT_REFERENCE -> UserDataHeader.build(UserDataHeader.concatenation8(reference, total, sequence), shifts);
            case UDH_16BIT_REFERENCE -> UserDataHeader.build(UserDataHeader.concatenation16(reference, total, sequence), shifts);
            default -> shiftsOnlyHeader(shifts);
        };
    }

    /** A UDH with just the national language shifts, or nothing when there are none. */
    private static byte[] shiftsOnlyHeader(byte[] shifts) {
        return shifts.length == 0 ? new byte[0] : UserDataHeader.build(shifts);
    }

    /** The header followed by octets [from, to) of the text, packed after the header's fill bits if so set. */
    private byte[] userData(EncodedText text, byte[] header, int from, int to) {
        byte[] body = packs(text)
                ? Gsm7Packing.pack(text.octets(from, to), 0, to - from, Gsm7Packing.fillBits(header.length))
                : text.octets(from, to);
        byte[] userData = new byte[header.length + body.length];
        System.arraycopy(header, 0, userData, 0, header.length);
        System.arraycopy(body, 0, userData, header.length, body.length);
        return userData;
    }

    private boolean packs(EncodedText text) {
        return segmentation.gsm7Packed() && text.alphabet() == Alphabet.GSM7;
    }

    /** The [from, to) octet ranges of the parts. */
    private List<int[]> chunks(EncodedText text) {
        int capacity = segmentation.partCapacity(text) * text.alphabet().octetsPerUnit();
        int headerLength = headerLength(text);
        List<int[]> chunks = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = text.characterBoundary(start, Math.min(length, start + capacity));
            if (end < length && packs(text)) {
                end = avoidAmbiguousCarriageReturn(text, headerLength, start, end);
            }
            if (end == start) {
                throw new MessageTooLongException("a part of " + capacity + " octets cannot hold the character at octet "
                        + start + " of " + text);
            }
            chunks.add(new int[] {start, end});
            if (chunks.size() > segmentation.maxParts()) {
                throw new MessageTooLongException(text + " needs more than " + segmentation.maxParts() + " parts of "
                        + segmentation.partCapacity(text) + " units");
            }
            start = end;
        }
        return chunks;
    }

    private int headerLength(EncodedText text) {
        return segmentation.method() == ConcatenationMethod.SAR_TLV
                ? (text.headerElementOctets() == 0 ? 0 : 1 + text.headerElementOctets())
                : 1 + segmentation.method().concatenationElementOctets() + text.headerElementOctets();
    }

    /**
     * Packed septets that end exactly on an octet boundary with a CR read as CR padding on the
     * other side (see {@link Gsm7Packing}); a part ends one character earlier instead.
     */
    private static int avoidAmbiguousCarriageReturn(EncodedText text, int headerLength, int start, int end) {
        int septets = end - start;
        boolean exactFill = (Gsm7Packing.fillBits(headerLength) + 7 * septets) % 8 == 0;
        if (exactFill && text.octetAt(end - 1) == CR) {
            return text.characterBoundary(start, end - 1);
        }
        return end;
    }
}
