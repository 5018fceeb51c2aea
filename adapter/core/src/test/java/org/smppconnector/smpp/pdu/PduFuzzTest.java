package org.smppconnector.smpp.pdu;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Feeds random and mutated PDUs to the codec and the frame decoder, and checks that the only
 * thing that ever comes out of them is a PDU or a {@link PduDecodeException}: no other exception,
 * no endless loop, no allocation out of proportion to the octets received.
 *
 * <p>The normal test run does {@code fuzz.iterations} (300000 from the parent pom) in a few
 * seconds. A longer run:
 * <pre>./mvnw -pl adapter/core test -Dtest=PduFuzzTest -Dfuzz.iterations=50000000</pre>
 * Each run picks a seed and prints it on failure; repeat a run with {@code -Dfuzz.seed=<seed>}.
 */
class PduFuzzTest {

    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 300_000);
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final int MAX_LENGTH = 70_000;
    /**
     * Bound on bytes allocated per decode: generous per received octet (a submit_multi of empty
     * destinations makes an object per 2 octets), plus a constant (an exception and its message).
     * It catches any buffer sized by a declared length rather than by octets received.
     */
    private static final int ALLOCATION_PER_OCTET = 64;
    private static final int ALLOCATION_CONSTANT = 16 * 1024;
    /** Class loading and first-time initialisation allocate too; check only once those are done. */
    private static final int WARM_UP = 20_000;

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final PduCodec codec = new PduCodec(MAX_LENGTH, true);
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final RandomPdus pdus = new RandomPdus(random.split());

    private int iteration;
    private byte[] input;
    private long decoded;
    private long rejected;
    private long framesOut;
    private long frameErrors;

    @Test
    void onlyTypedErrorsComeOut() {
        Duration budget = Duration.ofSeconds(120).plusMillis(ITERATIONS / 5L);
        assertTimeoutPreemptively(budget, this::run, () -> "endless loop? " + where());
        System.out.printf("PduFuzzTest: seed %d, %d inputs: %d decoded, %d rejected; frame decoder: %d PDUs, %d errors%n",
                SEED, ITERATIONS, decoded, rejected, framesOut, frameErrors);
        assertTrue(decoded > ITERATIONS / 20, "the mutations leave enough valid PDUs: " + decoded);
        assertTrue(rejected > ITERATIONS / 20, "the mutations produce enough invalid ones: " + rejected);
    }

    @Test
    void aDeclaredLengthAloneAllocatesNothing() throws Exception {
        assumeTrue(THREADS != null, "this JVM does not count allocated bytes");
        byte[] header = Frames.of(CommandId.SUBMIT_SM, 1).commandLength(MAX_LENGTH).build();
        byte[] body = new byte[2000];
        long used = 0;
        for (int round = 0; round < 3; round++) { // the first rounds load classes
            PduFrameDecoder frames = new PduFrameDecoder(codec);
            long before = allocated();
            frames.feed(header, 0, header.length);
            assertNull(frames.next());
            for (int i = 0; i < body.length; i++) { // a peer that trickles
                frames.feed(body, i, 1);
                assertNull(frames.next());
            }
            used = allocated() - before;
            assertEquals(header.length + body.length, frames.bufferedBytes());
        }
        assertTrue(used < 8 * 1024, "a declared " + MAX_LENGTH + " octets with 2016 received allocated " + used + " bytes");
    }

    private void run() {
        PduFrameDecoder frames = new PduFrameDecoder(codec);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (iteration = 0; iteration < ITERATIONS; iteration++) {
            byte[] valid = codec.encode(pdus.next());
            input = mutate(valid);
            decodeOne(input);
            // The stream is mostly valid PDUs, so that the frame decoder also gets far past its errors.
            stream.writeBytes(random.nextInt(8) == 0 ? input : valid);
            if (stream.size() > 4096 || iteration == ITERATIONS - 1) {
                input = stream.toByteArray();
                stream.reset();
                feedInChunks(frames, input);
            }
        }
    }

    /** Direct decode: a PDU that re-encodes stably, or a consistent typed error. */
    private void decodeOne(byte[] bytes) {
        long before = allocated();
        Pdu pdu;
        try {
            pdu = codec.decode(bytes, 0, bytes.length);
        } catch (PduDecodeException e) {
            checkAllocation(before, bytes.length);
            checkError(e);
            rejected++;
            return;
        } catch (Throwable t) {
            throw failure("decode threw " + t, t);
        }
        checkAllocation(before, bytes.length);
        decoded++;
        try {
            byte[] again = codec.encode(pdu);
            Pdu back = codec.decode(again, 0, again.length);
            if (!java.util.Arrays.equals(again, codec.encode(back))) {
                throw failure("re-encoding is not stable for " + pdu, null);
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            throw failure("a decoded PDU did not re-encode: " + t, t);
        }
    }

    private void feedInChunks(PduFrameDecoder frames, byte[] bytes) {
        int p = 0;
        while (p < bytes.length) {
            int n = Math.min(bytes.length - p, 1 + random.nextInt(random.nextInt(4) == 0 ? 16 : 2048));
            long before = allocated();
            int held = frames.bufferedBytes();
            frames.feed(bytes, p, n);
            int calls = 0;
            int maxCalls = (held + n) / PduCodec.HEADER_LENGTH + 2;
            while (true) {
                if (++calls > maxCalls) {
                    throw failure("next() called " + calls + " times on " + (held + n) + " octets without running dry", null);
                }
                try {
                    if (frames.next() == null) {
                        break;
                    }
                    framesOut++;
                } catch (PduDecodeException e) {
                    checkError(e);
                    frameErrors++;
                    if (!e.canContinue()) {
                        // As a session would: close, and start over with a new connection.
                        frames.reset();
                        checkAllocation(before, held + n);
                        return;
                    }
                } catch (Throwable t) {
                    throw failure("frame decoder threw " + t, t);
                }
            }
            checkAllocation(before, held + n);
            p += n;
        }
    }

    private void checkError(PduDecodeException e) {
        if (e.getCommandStatus() == CommandStatus.ESME_ROK || e.getMessage() == null) {
            throw failure("error without a status or message: " + e, e);
        }
        if (!e.canContinue() && e.getCommandStatus() != CommandStatus.ESME_RINVCMDLEN) {
            throw failure("a fatal error must be about command_length: " + e, e);
        }
        if (e.canContinue() && !e.isHeaderRead()) {
            throw failure("a skipped frame must have had a header: " + e, e);
        }
        Pdu answer = e.answer();
        if (answer != null) {
            if (answer.getSequenceNumber() != e.getSequenceNumber() || answer.getCommandStatus() != e.getCommandStatus()) {
                throw failure("answer does not match the error: " + answer + " for " + e, e);
            }
            codec.encode(answer);
        }
    }

    private byte[] mutate(byte[] valid) {
        if (valid.length < 16) { // an earlier mutation cut it short
            return valid.length == 0 ? valid : flipBits(valid);
        }
        switch (random.nextInt(12)) {
            case 0:
                return valid;
            case 1:
                return flipBits(valid);
            case 2:
                return setBytes(valid);
            case 3:
                return java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
            case 4:
                return withLength(java.util.Arrays.copyOf(valid, 16 + random.nextInt(valid.length - 15)));
            case 5:
                return changeLength(valid);
            case 6:
                return appendTlvs(valid);
            case 7:
                return insertOrDelete(valid);
            case 8:
                return changeCommandId(valid);
            case 9:
                return garbageBody(valid);
            case 10:
                return mutate(mutate(valid));
            default:
                return appendTlvs(flipBits(valid));
        }
    }

    private byte[] flipBits(byte[] b) {
        byte[] out = b.clone();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int bit = random.nextInt(out.length * 8);
            out[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        return out;
    }

    private byte[] setBytes(byte[] b) {
        byte[] out = b.clone();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int at = random.nextInt(out.length);
            out[at] = (byte) (random.nextBoolean() ? 0 : random.nextInt(256));
        }
        return out;
    }

    private byte[] changeLength(byte[] b) {
        byte[] out = b.clone();
        int length;
        switch (random.nextInt(5)) {
            case 0:
                length = random.nextInt(20);
                break;
            case 1:
                length = b.length + random.nextInt(11) - 5;
                break;
            case 2:
                length = MAX_LENGTH - 2 + random.nextInt(5);
                break;
            case 3:
                length = 16 + random.nextInt(MAX_LENGTH);
                break;
            default:
                length = random.nextInt();
        }
        putInt(out, 0, length);
        return out;
    }

    private byte[] appendTlvs(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(b);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            Tag[] tags = Tag.values();
            int tag = random.nextBoolean() ? tags[random.nextInt(tags.length)].code() : random.nextInt(0x10000);
            int length = random.nextInt(3) == 0 ? random.nextInt(0x10000) : random.nextInt(8);
            int actual = random.nextInt(4) == 0 ? random.nextInt(Math.min(length + 3, 300)) : Math.min(length, 300);
            out.write(tag >>> 8);
            out.write(tag);
            out.write(length >>> 8);
            out.write(length);
            out.writeBytes(pdus.bytes(actual));
        }
        if (random.nextInt(8) == 0) {
            out.writeBytes(pdus.bytes(1 + random.nextInt(3))); // a cut-off TLV header
        }
        return withLength(out.toByteArray());
    }

    private byte[] insertOrDelete(byte[] b) {
        if (b.length > 16 && random.nextBoolean()) {
            int at = 16 + random.nextInt(b.length - 16);
            int n = 1 + random.nextInt(Math.min(8, b.length - at));
            byte[] out = new byte[b.length - n];
            System.arraycopy(b, 0, out, 0, at);
            System.arraycopy(b, at + n, out, at, b.length - at - n);
            return withLength(out);
        }
        int at = 16 + random.nextInt(b.length - 15);
        byte[] extra = pdus.bytes(1 + random.nextInt(8));
        byte[] out = new byte[b.length + extra.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(b, at, out, at + extra.length, b.length - at);
        return withLength(out);
    }

    private byte[] changeCommandId(byte[] b) {
        byte[] out = b.clone();
        int[] ids = CommandId.all();
        putInt(out, 4, random.nextInt(4) == 0 ? random.nextInt() : ids[random.nextInt(ids.length)]);
        return out;
    }

    private byte[] garbageBody(byte[] b) {
        byte[] out = java.util.Arrays.copyOf(b, 16 + random.nextInt(300));
        byte[] garbage = pdus.bytes(out.length - 16);
        System.arraycopy(garbage, 0, out, 16, garbage.length);
        return withLength(out);
    }

    private static byte[] withLength(byte[] b) {
        putInt(b, 0, b.length);
        return b;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private void checkAllocation(long before, int octets) {
        if (before < 0 || iteration < WARM_UP) {
            return;
        }
        long used = allocated() - before;
        long allowed = (long) ALLOCATION_PER_OCTET * octets + ALLOCATION_CONSTANT;
        if (used > allowed) {
            throw failure("allocated " + used + " bytes for " + octets + " octets of input (allowed " + allowed + ")", null);
        }
    }

    private AssertionError failure(String problem, Throwable cause) {
        return new AssertionError(problem + " -- " + where(), cause);
    }

    private String where() {
        String hex = input == null ? "" : Hex.format(java.util.Arrays.copyOf(input, Math.min(input.length, 512)));
        return "fuzz.seed=" + SEED + " iteration " + iteration + " (repeat with -Dtest=PduFuzzTest -Dfuzz.seed=" + SEED
                + " -Dfuzz.iterations=" + ITERATIONS + ")\ninput (first 512 octets):\n" + hex;
    }

    private static long allocated() {
        return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean) {
            com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) bean;
            if (sun.isThreadAllocatedMemorySupported() && sun.isThreadAllocatedMemoryEnabled()) {
                return sun;
            }
        }
        return null;
    }
}
