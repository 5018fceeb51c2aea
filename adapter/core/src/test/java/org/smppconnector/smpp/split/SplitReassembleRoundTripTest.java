package org.smppconnector.smpp.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.EncodedText;
import org.smppconnector.smpp.text.EncodingPolicy;
import org.smppconnector.smpp.text.Gsm7Packing;
import org.smppconnector.smpp.text.NationalLanguage;
import org.smppconnector.smpp.text.TextCodec;

/**
 * Random texts in every encoding, split by every method, packed and not, sent out of order with
 * a duplicate, reassembled and decoded: the text must come back exactly, and every part must decode
 * on its own (no part ends inside a character). More iterations with
 * {@code -Dsplit.roundtrip.iterations=N}.
 */
class SplitReassembleRoundTripTest {

    private static final int ITERATIONS = Integer.getInteger("split.roundtrip.iterations", 400);

    private static final String ASCII = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?-+*/=()'\"#%&<>@_$\r\n";

    /** A character pool and the account policy that should carry texts drawn from it. */
    private record Pool(String name, String characters, EncodingPolicy policy) {
    }

    private static final List<Pool> POOLS = List.of(
            new Pool("GSM-7 with extension", ASCII + "£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà€[]{}\\^~|\f",
                    EncodingPolicy.defaults()),
            new Pool("Turkish", ASCII + "ğĞıİşŞçÇöÖüÜ€", EncodingPolicy.defaults().withNationalLanguages(NationalLanguage.TURKISH)),
            new Pool("Spanish", ASCII + "áéíóúÁÍÓÚñÑ¿¡ç€", EncodingPolicy.defaults().withNationalLanguages(NationalLanguage.SPANISH)),
            new Pool("Portuguese", ASCII + "ãõçáéíóúâêôÃÕÇÁÍÓÚÂÊÔàÀ€ª°",
                    EncodingPolicy.defaults().withNationalLanguages(NationalLanguage.PORTUGUESE)),
            new Pool("Latin-1", ASCII + "çðþÿ®©±µ¶·¸¹º»¼½¾", EncodingPolicy.allowing(Alphabet.GSM7, Alphabet.LATIN1, Alphabet.UCS2)),
            new Pool("IA5", ASCII + "`{}~|", EncodingPolicy.forcing(Alphabet.IA5)),
            new Pool("Cyrillic", ASCII + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя№",
                    EncodingPolicy.allowing(Alphabet.GSM7, Alphabet.CYRILLIC, Alphabet.UCS2)),
            new Pool("Hebrew", ASCII + "אבגדהוזחטיכלמנסעפצקרשתךםןףץ", EncodingPolicy.allowing(Alphabet.GSM7, Alphabet.HEBREW, Alphabet.UCS2)),
            new Pool("KSC5601", ASCII + "가나다라마바사아자차카타파하한국어인증번호입니다감사합니다韓國",
                    EncodingPolicy.allowing(Alphabet.IA5, Alphabet.KSC5601, Alphabet.UCS2)),
            new Pool("UCS-2 with emoji", ASCII + "😀👍🏽🔥🇩🇰你好世界ÆØÅ€", EncodingPolicy.defaults()));

    @Test
    void everyTextComesBackExactly() {
        Random random = new Random(20260101);
        int[] perAlphabet = new int[Alphabet.values().length];
        for (int i = 0; i < ITERATIONS; i++) {
            Pool pool = POOLS.get(random.nextInt(POOLS.size()));
            ConcatenationMethod method = ConcatenationMethod.values()[random.nextInt(ConcatenationMethod.values().length)];
            boolean packed = random.nextBoolean();
            String text = randomText(random, pool.characters(), random.nextInt(700));
            if (packed && text.endsWith("\r")) {
                // A final CR ending exactly on an octet boundary reads as padding (see Gsm7Packing).
                text = text.substring(0, text.length() - 1) + ".";
            }
            String context = pool.name() + ", " + method + (packed ? ", packed" : "") + ", iteration " + i;

            Splitter splitter = new Splitter(Segmentation.defaults().withMethod(method).withGsm7Packed(packed),
                    new ReferenceAllocator());
            SplitMessage message = splitter.split(text, pool.policy(), "+4512345678");
            perAlphabet[message.text().alphabet().ordinal()]++;
            assertEveryPartDecodesAlone(message, text, packed, context);
            assertEquals(text, reassemble(message, packed, random), context);
        }
        // The pools reach every text alphabet.
        for (Alphabet alphabet : Alphabet.values()) {
            assertTrue(!alphabet.isText() || perAlphabet[alphabet.ordinal()] > 0, alphabet + " never chosen");
        }
    }

    @Test
    void binaryDataComesBackExactly() {
        Random random = new Random(99);
        for (int i = 0; i < ITERATIONS / 4; i++) {
            byte[] data = new byte[random.nextInt(600)];
            random.nextBytes(data);
            ConcatenationMethod method = ConcatenationMethod.values()[random.nextInt(ConcatenationMethod.values().length)];
            Splitter splitter = new Splitter(Segmentation.defaults().withMethod(method), new ReferenceAllocator());
            SplitMessage message = splitter.split(EncodedText.binary(data), "+4512345678");
            Reassembler reassembler = new Reassembler(ReassemblySettings.defaults(), Clock.systemUTC(), lost -> {
                throw new AssertionError("evicted " + lost);
            });
            Optional<ReassembledMessage> whole = Optional.empty();
            for (InboundPart part : shuffledWithDuplicate(message, random)) {
                Optional<ReassembledMessage> got = reassembler.accept(part);
                if (got.isPresent()) {
                    whole = got;
                }
            }
            assertArrayEquals(data, whole.orElseThrow().payload(), method + " iteration " + i);
        }
    }

    private static String randomText(Random random, String pool, int codePoints) {
        int[] characters = pool.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            text.appendCodePoint(characters[random.nextInt(characters.length)]);
        }
        return text.toString();
    }

    private static String reassemble(SplitMessage message, boolean packed, Random random) {
        Reassembler reassembler = new Reassembler(ReassemblySettings.defaults().withGsm7Packed(packed), Clock.systemUTC(),
                lost -> {
                    throw new AssertionError("evicted " + lost);
                });
        ReassembledMessage whole = null;
        for (InboundPart part : shuffledWithDuplicate(message, random)) {
            Optional<ReassembledMessage> got = reassembler.accept(part);
            if (got.isPresent()) {
                assertEquals(null, whole, "completed twice");
                whole = got.get();
            }
        }
        assertEquals(message.text().dataCoding(), whole.dataCoding());
        assertEquals(0, reassembler.pendingCount());
        return whole.text();
    }

    private static List<InboundPart> shuffledWithDuplicate(SplitMessage message, Random random) {
        List<InboundPart> parts = new ArrayList<>();
        for (MessagePart sent : message.parts()) {
            parts.add(InboundPart.of("+4587654321", "+4512345678", sent));
        }
        if (parts.size() > 1) { // a message in one part has nothing to tell a repeat from a new message
            parts.add(parts.get(random.nextInt(parts.size())));
        }
        Collections.shuffle(parts, random);
        return parts;
    }

    /** Each part holds whole characters: decoding the parts one by one gives the text. */
    private static void assertEveryPartDecodesAlone(SplitMessage message, String text, boolean packed, String context) {
        TextCodec codec = message.text().codec();
        StringBuilder joined = new StringBuilder();
        for (MessagePart part : message.parts()) {
            byte[] userData = part.userData();
            int header = part.udhIndicator() ? UserDataHeader.parse(userData).length() : 0;
            byte[] body = packed && message.text().alphabet() == Alphabet.GSM7
                    ? Gsm7Packing.unpack(userData, header, userData.length - header, Gsm7Packing.fillBits(header))
                    : Arrays.copyOfRange(userData, header, userData.length);
            String piece = codec.decode(body);
            boolean cutsPair = !piece.isEmpty()
                    && (Character.isHighSurrogate(piece.charAt(piece.length() - 1)) || Character.isLowSurrogate(piece.charAt(0)));
            assertTrue(!cutsPair, "a part ends inside a surrogate pair: " + context);
            joined.append(piece);
            assertTrue(part.shortMessage().length <= 254, "short_message over SMPP's 254 octets: " + context);
        }
        assertEquals(text, joined.toString(), context);
    }
}
