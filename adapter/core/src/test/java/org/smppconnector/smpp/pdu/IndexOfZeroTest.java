package org.smppconnector.smpp.pdu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The eight-octets-a-step NUL search agrees with a plain one, whatever the octets around the zero. */
class IndexOfZeroTest {

    @Test
    void agreesWithAPlainSearch() {
        SplittableRandom random = new SplittableRandom(7);
        // Octets that provoke borrows in the word arithmetic: 0x01 next to a zero, 0x80 and 0xFF.
        byte[] tricky = {0, 1, 0x7F, (byte) 0x80, (byte) 0x81, (byte) 0xFE, (byte) 0xFF, 0x30};
        for (int run = 0; run < 100_000; run++) {
            byte[] b = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(3) == 0 ? tricky[random.nextInt(tricky.length)] : (byte) (1 + random.nextInt(255));
            }
            int from = random.nextInt(b.length);
            int limit = from + random.nextInt(b.length - from + 1);
            int expected = from;
            while (expected < limit && b[expected] != 0) {
                expected++;
            }
            assertEquals(expected, PduDecoder.indexOfZero(b, from, limit), () -> java.util.Arrays.toString(b));
        }
    }
}
