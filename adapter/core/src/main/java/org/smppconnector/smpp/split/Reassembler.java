package org.smppconnector.smpp.split;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;
import org.smppconnector.smpp.text.Gsm7Packing;
import org.smppconnector.smpp.text.UnsupportedDataCodingException;

/**
 * Joins inbound multipart messages, by UDH (IE 0x00 or 0x08, whatever other IEs ride along) or by
 * SAR TLVs, keyed by source, destination, reference and total. Parts may come in any order and
 * more than once, from any session. Incomplete messages are kept up to an age and a count; the
 * ones given up on go to the eviction listener with every part received, never silently dropped.
 *
 * <p>A completed message's parts are remembered for the same age and count, so that a part the
 * SMSC repeats after its message completed is recognised (same key, same content) instead of
 * starting a message that could never complete; a reused reference with new content is a new
 * message.
 *
 * <p>Thread-safe. The listener runs on the thread that called {@link #accept} or
 * {@link #evictExpired}, after the reassembler's lock is released.
 */
public final class Reassembler {

    private enum ReferenceKind { UDH_8BIT, UDH_16BIT, SAR }

    private record Key(String source, String destination, ReferenceKind kind, int reference, int total) {
    }

    /** A valid concatenation announcement read from a part. */
    private record Concatenation(ReferenceKind kind, int reference, int total, int sequence) {
    }

    private static final class Pending {
        final Key key;
        final Segment[] bySequence;
        final long firstSeen;
        final DataCoding dataCoding;
        int received;

        Pending(Key key, long firstSeen, DataCoding dataCoding) {
            this.key = key;
            this.bySequence = new Segment[key.total() + 1];
            this.firstSeen = firstSeen;
            this.dataCoding = dataCoding;
        }

        List<Segment> segments() {
            List<Segment> segments = new ArrayList<>(received);
            for (Segment segment : bySequence) {
                if (segment != null) {
                    segments.add(segment);
                }
            }
            return segments;
        }
    }

    /** What a completed message's parts were, to tell a late duplicate from a new message. */
    private record Completed(long completedAt, byte[][] payloads) {
    }

    private final ReassemblySettings settings;
    private final Clock clock;
    private final Consumer<IncompleteMessage> onEvicted;
    private final Map<Key, Pending> pending = new LinkedHashMap<>();
    private final Map<Key, Completed> completed = new LinkedHashMap<>();
    private long duplicates;

    /**
     * @param clock the time source for ages (tests pass a clock they move)
     * @param onEvicted receives each incomplete message given up on
     */
    public Reassembler(ReassemblySettings settings, Clock clock, Consumer<IncompleteMessage> onEvicted) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onEvicted = Objects.requireNonNull(onEvicted, "onEvicted");
    }

    /**
     * Takes one inbound part.
     *
     * @return the whole message when this part completes it (at once for a message not split),
     *     empty while parts are missing or when the part repeats one already received
     * @throws MalformedUserDataException when UDHI is set but the UDH's lengths are broken
     */
    public Optional<ReassembledMessage> accept(InboundPart part) {
        byte[] userData = part.userDataUnsafe();
        UserDataHeader header = part.udhIndicator() ? UserDataHeader.parse(userData) : null;
        Concatenation concatenation = concatenation(part, header);
        Segment segment = segment(part, userData, header, concatenation == null ? 1 : concatenation.sequence());
        if (concatenation == null || concatenation.total() == 1) {
            return Optional.of(new ReassembledMessage(part.source(), part.destination(), part.dataCoding(),
                    settings.smscDefault(), List.of(segment), concatenation == null ? -1 : concatenation.reference()));
        }
        Key key = new Key(part.source(), part.destination(), concatenation.kind(), concatenation.reference(),
                concatenation.total());
        List<IncompleteMessage> evicted = new ArrayList<>();
        Optional<ReassembledMessage> result;
        synchronized (this) {
            long now = clock.millis();
            evictExpired(now, evicted);
            result = add(key, segment, part.dataCoding(), now, evicted);
        }
        evicted.forEach(onEvicted);
        return result;
    }

    private Optional<ReassembledMessage> add(Key key, Segment segment, DataCoding dataCoding, long now,
            List<IncompleteMessage> evicted) {
        Pending message = pending.get(key);
        if (message == null) {
            Completed done = completed.get(key);
            if (done != null && Arrays.equals(done.payloads()[segment.sequence()], segment.payload())) {
                duplicates++;
                return Optional.empty();
            }
            message = new Pending(key, now, dataCoding);
            pending.put(key, message);
            while (pending.size() > settings.maxPending()) {
                evicted.add(incomplete(removeEldest(pending), IncompleteMessage.Reason.CAPACITY));
            }
        }
        if (message.bySequence[segment.sequence()] != null) {
            duplicates++;
            return Optional.empty();
        }
        message.bySequence[segment.sequence()] = segment;
        if (++message.received < key.total()) {
            return Optional.empty();
        }
        pending.remove(key);
        remember(key, message, now);
        return Optional.of(new ReassembledMessage(key.source(), key.destination(), message.dataCoding,
                settings.smscDefault(), message.segments(), key.reference()));
    }

    private void remember(Key key, Pending message, long now) {
        byte[][] payloads = new byte[key.total() + 1][];
        for (int sequence = 1; sequence <= key.total(); sequence++) {
            payloads[sequence] = message.bySequence[sequence].payload();
        }
        completed.remove(key);
        completed.put(key, new Completed(now, payloads));
        while (completed.size() > settings.maxPending()) {
            removeEldest(completed);
        }
    }

    /**
     * Gives up on the incomplete messages older than the maximum age, passing each to the listener.
     * {@link #accept} does this too; call it periodically so that a quiet account reports them.
     *
     * @return how many were given up on
     */
    public int evictExpired() {
        List<IncompleteMessage> evicted = new ArrayList<>();
        synchronized (this) {
            evictExpired(clock.millis(), evicted);
        }
        evicted.forEach(onEvicted);
        return evicted.size();
    }

    private void evictExpired(long now, List<IncompleteMessage> evicted) {
        long maxAge = settings.maxAge().toMillis();
        // Both maps are in arrival order, so the expired entries are at their heads.
        for (Iterator<Pending> oldest = pending.values().iterator(); oldest.hasNext(); ) {
            Pending message = oldest.next();
            if (now - message.firstSeen < maxAge) {
                break;
            }
            oldest.remove();
            evicted.add(incomplete(message, IncompleteMessage.Reason.EXPIRED));
        }
        for (Iterator<Completed> oldest = completed.values().iterator(); oldest.hasNext(); ) {
            if (now - oldest.next().completedAt() < maxAge) {
                break;
            }
            oldest.remove();
        }
    }

    /** How many incomplete messages are waiting for parts. */
    public synchronized int pendingCount() {
        return pending.size();
    }

    /** How many parts were ignored because they repeated one already received. */
    public synchronized long duplicateCount() {
        return duplicates;
    }

    private static <V> V removeEldest(Map<Key, V> map) {
        Iterator<V> eldest = map.values().iterator();
        V value = eldest.next();
        eldest.remove();
        return value;
    }

    private IncompleteMessage incomplete(Pending message, IncompleteMessage.Reason reason) {
        Key key = message.key;
        return new IncompleteMessage(key.source(), key.destination(), message.dataCoding, settings.smscDefault(),
                key.reference(), key.total(), message.segments(), Instant.ofEpochMilli(message.firstSeen), reason);
    }

    /**
     * The part's concatenation, or null when it is not (validly) part of a multipart message. As
     * 23.040 9.2.3.24.1 says, a concatenation IE with a total or sequence of 0, or a sequence past
     * the total, is ignored; SAR values are read the same way. A UDH wins over SAR TLVs.
     */
    private static Concatenation concatenation(InboundPart part, UserDataHeader header) {
        if (header != null) {
            for (UserDataHeader.Element element : header.elements()) {
                byte[] data = element.data();
                if (element.identifier() == UserDataHeader.CONCATENATION_8BIT && data.length == 3) {
                    Concatenation found = valid(ReferenceKind.UDH_8BIT, data[0] & 0xFF, data[1] & 0xFF, data[2] & 0xFF);
                    if (found != null) {
                        return found;
                    }
                } else if (element.identifier() == UserDataHeader.CONCATENATION_16BIT && data.length == 4) {
                    Concatenation found = valid(ReferenceKind.UDH_16BIT, ((data[0] & 0xFF) << 8) | (data[1] & 0xFF),
                            data[2] & 0xFF, data[3] & 0xFF);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        if (part.hasSar()) {
            return valid(ReferenceKind.SAR, part.sarReference(), part.sarTotal(), part.sarSequence());
        }
        return null;
    }

    private static Concatenation valid(ReferenceKind kind, int reference, int total, int sequence) {
        boolean ok = total >= 1 && total <= 255 && sequence >= 1 && sequence <= total && reference >= 0 && reference <= 0xFFFF;
        return ok ? new Concatenation(kind, reference, total, sequence) : null;
    }

    private Segment segment(InboundPart part, byte[] userData, UserDataHeader header, int sequence) {
        int headerLength = header == null ? 0 : header.length();
        byte[] payload = isPackedGsm7(part.dataCoding())
                ? Gsm7Packing.unpack(userData, headerLength, userData.length - headerLength, Gsm7Packing.fillBits(headerLength))
                : Arrays.copyOfRange(userData, headerLength, userData.length);
        int[] national = header == null ? new int[2] : header.nationalLanguageIdentifiers();
        return new Segment(sequence, payload, national[1], national[0]);
    }

    private boolean isPackedGsm7(DataCoding dataCoding) {
        if (!settings.gsm7Packed()) {
            return false;
        }
        try {
            return dataCoding.alphabet(settings.smscDefault()) == Alphabet.GSM7;
        } catch (UnsupportedDataCodingException e) {
            return false; // kept as received; reading it as text will report the data_coding
        }
    }
}
