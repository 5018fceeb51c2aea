package org.smppconnector.smpp.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;
import org.smppconnector.smpp.text.EncodedText;
import org.smppconnector.smpp.text.NationalLanguage;
import org.smppconnector.smpp.text.ShiftTables;
import org.smppconnector.smpp.text.UnsupportedNationalLanguageException;

class ReassemblerTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final int UDHI = 0x40;

    private final SettableClock clock = new SettableClock(T0);
    private final List<IncompleteMessage> evicted = new ArrayList<>();

    private Reassembler reassembler(ReassemblySettings settings) {
        return new Reassembler(settings, clock, evicted::add);
    }

    private final Reassembler reassembler = reassembler(ReassemblySettings.defaults());

    private static byte[] hex(String hex) {
        return HexFormat.ofDelimiter(" ").parseHex(hex);
    }

    private static InboundPart part(String udhAndText) {
        return part("+4511", udhAndText);
    }

    /** A GSM-7 part whose short_message is the hex UDH followed by the text's septets, "|"-separated. */
    private static InboundPart part(String source, String udhAndText) {
        String[] pieces = udhAndText.split("\\|", 2);
        byte[] udh = hex(pieces[0]);
        byte[] text = EncodedText.encode(pieces[1], Alphabet.GSM7).octets();
        byte[] shortMessage = new byte[udh.length + text.length];
        System.arraycopy(udh, 0, shortMessage, 0, udh.length);
        System.arraycopy(text, 0, shortMessage, udh.length, text.length);
        return InboundPart.of(source, "1234", DataCoding.SMSC_DEFAULT, UDHI, shortMessage);
    }

    @Test
    void aMessageWithoutConcatenationIsWholeAtOnce() {
        InboundPart part = InboundPart.of("+4511", "1234", DataCoding.SMSC_DEFAULT, 0, hex("48 69"));
        ReassembledMessage message = reassembler.accept(part).orElseThrow();
        assertEquals("Hi", message.text());
        assertFalse(message.isConcatenated());
        assertEquals(1, message.partCount());
        assertEquals(0, reassembler.pendingCount());
    }

    @Test
    void partsOutOfOrderMakeTheMessageWhenTheLastArrives() {
        assertEquals(Optional.empty(), reassembler.accept(part("05 00 03 7F 03 03|three")));
        assertEquals(Optional.empty(), reassembler.accept(part("05 00 03 7F 03 01|one ")));
        assertEquals(1, reassembler.pendingCount());
        ReassembledMessage message = reassembler.accept(part("05 00 03 7F 03 02|two ")).orElseThrow();
        assertEquals("one two three", message.text());
        assertEquals(3, message.partCount());
        assertEquals(0x7F, message.reference());
        assertEquals("+4511", message.source());
        assertEquals("1234", message.destination());
        assertEquals(DataCoding.SMSC_DEFAULT, message.dataCoding());
        assertArrayEquals(EncodedText.encode("one two three", Alphabet.GSM7).octets(), message.payload());
        assertEquals(0, reassembler.pendingCount());
    }

    @Test
    void aPartReceivedTwiceCountsOnce() {
        reassembler.accept(part("05 00 03 01 02 01|a"));
        assertEquals(Optional.empty(), reassembler.accept(part("05 00 03 01 02 01|a")));
        assertEquals(1, reassembler.duplicateCount());
        assertEquals("ab", reassembler.accept(part("05 00 03 01 02 02|b")).orElseThrow().text());
    }

    @Test
    void aPartRepeatedAfterItsMessageCompletedIsNotANewMessage() {
        reassembler.accept(part("05 00 03 01 02 01|a"));
        reassembler.accept(part("05 00 03 01 02 02|b")).orElseThrow();
        assertEquals(Optional.empty(), reassembler.accept(part("05 00 03 01 02 02|b")));
        assertEquals(0, reassembler.pendingCount());
        clock.advance(Duration.ofHours(1));
        assertEquals(0, reassembler.evictExpired());
        assertEquals(List.of(), evicted);
    }

    @Test
    void aReusedReferenceWithNewContentIsANewMessage() {
        reassembler.accept(part("05 00 03 01 02 01|a"));
        reassembler.accept(part("05 00 03 01 02 02|b")).orElseThrow();
        assertEquals(Optional.empty(), reassembler.accept(part("05 00 03 01 02 01|c")));
        assertEquals("cd", reassembler.accept(part("05 00 03 01 02 02|d")).orElseThrow().text());
    }

    @Test
    void sixteenBitReferencesAndOtherElementsInTheHeader() {
        // An application port IE (0x05) before the concatenation IE changes nothing.
        reassembler.accept(part("0C 05 04 0B 84 23 F0 08 04 BE EF 02 02|world"));
        ReassembledMessage message = reassembler.accept(part("0C 05 04 0B 84 23 F0 08 04 BE EF 02 01|hello ")).orElseThrow();
        assertEquals("hello world", message.text());
        assertEquals(0xBEEF, message.reference());
    }

    @Test
    void nationalLanguageShiftsInTheHeaderAreUsedToDecode() {
        ShiftTables turkish = ShiftTables.of(NationalLanguage.TURKISH, NationalLanguage.DEFAULT);
        byte[] first = EncodedText.encode("Işık ", Alphabet.GSM7, turkish, null).octets();
        byte[] second = EncodedText.encode("ağaç", Alphabet.GSM7, turkish, null).octets();
        reassembler.accept(InboundPart.of("+90", "1", DataCoding.SMSC_DEFAULT, UDHI, concat(hex("08 25 01 01 00 03 09 02 02"), second)));
        ReassembledMessage message = reassembler.accept(
                InboundPart.of("+90", "1", DataCoding.SMSC_DEFAULT, UDHI, concat(hex("08 00 03 09 02 01 25 01 01"), first))).orElseThrow();
        assertEquals("Işık ağaç", message.text());
        assertEquals(turkish, message.shiftTables());
    }

    @Test
    void partsWithDifferentShiftTablesAreEachDecodedWithTheirOwn() {
        ShiftTables turkish = ShiftTables.of(NationalLanguage.TURKISH, NationalLanguage.DEFAULT);
        byte[] first = EncodedText.encode("ş ", Alphabet.GSM7, turkish, null).octets();
        byte[] second = EncodedText.encode("è", Alphabet.GSM7).octets(); // 0x04 is '€' in the Turkish table
        reassembler.accept(InboundPart.of("+90", "1", DataCoding.SMSC_DEFAULT, UDHI, concat(hex("05 00 03 09 02 02"), second)));
        ReassembledMessage message = reassembler.accept(
                InboundPart.of("+90", "1", DataCoding.SMSC_DEFAULT, UDHI, concat(hex("08 00 03 09 02 01 25 01 01"), first))).orElseThrow();
        assertEquals("ş è", message.text());
    }

    @Test
    void anUnknownNationalLanguageIsReportedWhenReading() {
        ReassembledMessage message = reassembler.accept(
                InboundPart.of("+91", "1", DataCoding.SMSC_DEFAULT, UDHI, hex("03 25 01 06 41"))).orElseThrow();
        assertArrayEquals(hex("41"), message.payload());
        assertEquals(6, assertThrows(UnsupportedNationalLanguageException.class, message::text).identifier());
    }

    @Test
    void sarTlvsJoinPartsToo() {
        InboundPart two = InboundPart.of("+4511", "1234", DataCoding.UCS2, 0, hex("00 21")).withSar(300, 2, 2);
        InboundPart one = InboundPart.of("+4511", "1234", DataCoding.UCS2, 0, hex("00 48 00 69")).withSar(300, 2, 1);
        assertEquals(Optional.empty(), reassembler.accept(two));
        ReassembledMessage message = reassembler.accept(one).orElseThrow();
        assertEquals("Hi!", message.text());
        assertEquals(300, message.reference());
    }

    @Test
    void aSurrogatePairSplitByTheSenderStillReads() {
        InboundPart one = InboundPart.of("a", "b", DataCoding.UCS2, UDHI, hex("05 00 03 01 02 01 00 41 D8 3D"));
        InboundPart two = InboundPart.of("a", "b", DataCoding.UCS2, UDHI, hex("05 00 03 01 02 02 DE 00"));
        reassembler.accept(one);
        assertEquals("A😀", reassembler.accept(two).orElseThrow().text());
    }

    @Test
    void messagePayloadIsReadLikeShortMessage() {
        InboundPart part = InboundPart.of("a", "b", DataCoding.LATIN1, 0, new byte[0]).withMessagePayload(hex("63 61 66 E9"));
        assertEquals("café", reassembler.accept(part).orElseThrow().text());
    }

    @Test
    void keysIncludeSourceDestinationReferenceAndTotal() {
        reassembler.accept(part("+4511", "05 00 03 01 02 01|from 11 "));
        reassembler.accept(part("+4522", "05 00 03 01 02 01|from 22 "));
        reassembler.accept(part("+4511", "05 00 03 01 03 01|three parts "));
        reassembler.accept(part("+4511", "06 08 04 00 01 02 01|sixteen-bit "));
        assertEquals(4, reassembler.pendingCount());
        assertEquals("from 22 done", reassembler.accept(part("+4522", "05 00 03 01 02 02|done")).orElseThrow().text());
        assertEquals("from 11 done", reassembler.accept(part("+4511", "05 00 03 01 02 02|done")).orElseThrow().text());
        InboundPart otherDestination = InboundPart.of("+4511", "9999", DataCoding.SMSC_DEFAULT, UDHI, hex("05 00 03 01 03 02 41"));
        assertEquals(Optional.empty(), reassembler.accept(otherDestination));
        assertEquals(3, reassembler.pendingCount());
    }

    @Test
    void invalidConcatenationValuesAreIgnoredAndThePartDeliveredAlone() {
        // 23.040: a sequence of 0 or past the total, or a total of 0, voids the IE.
        assertEquals("x", reassembler.accept(part("05 00 03 01 02 00|x")).orElseThrow().text());
        assertEquals("y", reassembler.accept(part("05 00 03 01 02 03|y")).orElseThrow().text());
        assertEquals("z", reassembler.accept(part("05 00 03 01 00 00|z")).orElseThrow().text());
        assertEquals("w", reassembler.accept(part("05 00 03 01 01 01|w")).orElseThrow().text());
        InboundPart badSar = InboundPart.of("a", "b", DataCoding.IA5, 0, hex("76")).withSar(1, 2, 5);
        assertEquals("v", reassembler.accept(badSar).orElseThrow().text());
        assertEquals(0, reassembler.pendingCount());
    }

    @Test
    void aBrokenHeaderIsATypedError() {
        InboundPart tooLong = InboundPart.of("a", "b", DataCoding.SMSC_DEFAULT, UDHI, hex("09 00 03 01 02 01"));
        MalformedUserDataException e = assertThrows(MalformedUserDataException.class, () -> reassembler.accept(tooLong));
        assertTrue(e.getMessage().contains("UDH length 9"), e.getMessage());
        InboundPart badElement = InboundPart.of("a", "b", DataCoding.SMSC_DEFAULT, UDHI, hex("04 00 05 01 02 41"));
        assertThrows(MalformedUserDataException.class, () -> reassembler.accept(badElement));
        assertThrows(MalformedUserDataException.class,
                () -> reassembler.accept(InboundPart.of("a", "b", DataCoding.SMSC_DEFAULT, UDHI, new byte[0])));
    }

    @Test
    void incompleteMessagesExpireAndAreHandedOverWithWhatArrived() {
        Reassembler short10 = reassembler(ReassemblySettings.defaults().withMaxAge(Duration.ofMinutes(10)));
        short10.accept(part("05 00 03 05 03 01|first "));
        short10.accept(part("05 00 03 05 03 03|third"));
        clock.advance(Duration.ofMinutes(9));
        short10.accept(part("05 00 03 06 02 01|other "));
        assertEquals(List.of(), evicted);
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, short10.evictExpired());

        IncompleteMessage gone = evicted.get(0);
        assertEquals(IncompleteMessage.Reason.EXPIRED, gone.reason());
        assertEquals(5, gone.reference());
        assertEquals(3, gone.total());
        assertEquals(List.of(2), gone.missingSequences());
        assertEquals(List.of(1, 3), List.copyOf(gone.receivedParts().keySet()));
        assertEquals("first third", gone.partialText());
        assertArrayEquals(EncodedText.encode("first third", Alphabet.GSM7).octets(), gone.partialPayload());
        assertEquals(T0, gone.firstSeen());
        assertEquals("+4511", gone.source());
        assertEquals(1, short10.pendingCount());

        // The next part of an expired message starts afresh rather than completing it.
        assertEquals(Optional.empty(), short10.accept(part("05 00 03 05 03 02|second ")));
        // Expiry also runs on accept: the other message goes when a part comes 10 minutes after it.
        clock.advance(Duration.ofMinutes(9));
        short10.accept(part("05 00 03 07 02 01|x"));
        assertEquals(2, evicted.size());
        assertEquals(6, evicted.get(1).reference());
    }

    @Test
    void theOldestIncompleteMessageIsHandedOverWhenTooManyArePending() {
        Reassembler two = reassembler(ReassemblySettings.defaults().withMaxPending(2));
        two.accept(part("05 00 03 01 02 01|one"));
        clock.advance(Duration.ofSeconds(1));
        two.accept(part("05 00 03 02 02 01|two"));
        two.accept(part("05 00 03 03 02 01|three"));
        assertEquals(2, two.pendingCount());
        assertEquals(1, evicted.size());
        assertEquals(IncompleteMessage.Reason.CAPACITY, evicted.get(0).reason());
        assertEquals(1, evicted.get(0).reference());
        assertEquals("one", evicted.get(0).partialText());
        assertEquals("two!", two.accept(part("05 00 03 02 02 02|!")).orElseThrow().text());
    }

    @Test
    void packedGsm7IsUnpackedPartByPart() {
        Reassembler packed = reassembler(ReassemblySettings.defaults().withGsm7Packed(true));
        // "hello" after a 6-octet UDH: one fill bit.
        packed.accept(InboundPart.of("a", "b", DataCoding.SMSC_DEFAULT, UDHI, hex("05 00 03 01 02 02 D0 65 36 FB 0D")));
        ReassembledMessage message = packed.accept(
                InboundPart.of("a", "b", DataCoding.SMSC_DEFAULT, UDHI, hex("05 00 03 01 02 01 D0 65 36 FB 0D"))).orElseThrow();
        assertEquals("hellohello", message.text());
        assertEquals("hellohello", packed.accept(
                InboundPart.of("a", "b", DataCoding.SMSC_DEFAULT, 0, hex("E8 32 9B FD 46 97 D9 EC 37"))).orElseThrow().text());
        // Packing only concerns GSM-7.
        assertEquals("hi", packed.accept(InboundPart.of("a", "b", DataCoding.IA5, 0, hex("68 69"))).orElseThrow().text());
    }

    @Test
    void dataCodingZeroIsReadAsTheAccountSays() {
        Reassembler ascii = reassembler(ReassemblySettings.defaults().withSmscDefault(Alphabet.IA5));
        ReassembledMessage message = ascii.accept(InboundPart.of("a", "b", DataCoding.SMSC_DEFAULT, 0, hex("40 5F"))).orElseThrow();
        assertEquals(Alphabet.IA5, message.alphabet());
        assertEquals("@_", message.text());
    }

    @Test
    void manyThreadsFeedingPartsCompleteEveryMessage() throws Exception {
        Reassembler shared = reassembler(ReassemblySettings.defaults());
        Splitter splitter = new Splitter(Segmentation.defaults(), new ReferenceAllocator());
        List<InboundPart> parts = new ArrayList<>();
        int messages = 200;
        for (int m = 0; m < messages; m++) {
            String text = ("message " + m + " ").repeat(30);
            for (MessagePart sent : splitter.split(EncodedText.encode(text, Alphabet.GSM7), "+45" + m).parts()) {
                parts.add(InboundPart.of("src", "+45" + m, sent));
            }
        }
        Collections.shuffle(parts, new java.util.Random(3));
        ConcurrentLinkedQueue<ReassembledMessage> done = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> feeders = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                feeders.add(pool.submit(() -> {
                    for (int i = offset; i < parts.size(); i += 4) {
                        shared.accept(parts.get(i)).ifPresent(done::add);
                    }
                }));
            }
            for (Future<?> feeder : feeders) {
                feeder.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(messages, done.size());
        for (ReassembledMessage message : done) {
            String m = message.destination().substring(3);
            assertEquals(("message " + m + " ").repeat(30), message.text());
        }
        assertEquals(0, shared.pendingCount());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
