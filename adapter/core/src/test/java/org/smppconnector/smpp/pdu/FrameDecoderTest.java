package org.smppconnector.smpp.pdu;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    private final PduCodec codec = new PduCodec();
    private final List<Pdu> samples = SamplePdus.all();

    private byte[] stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Pdu pdu : samples) {
            out.writeBytes(codec.encode(pdu));
        }
        return out.toByteArray();
    }

    private List<String> drain(PduFrameDecoder frames) throws PduDecodeException {
        List<String> out = new ArrayList<>();
        Pdu pdu;
        while ((pdu = frames.next()) != null) {
            out.add(pdu.toString());
        }
        return out;
    }

    private List<String> expected() {
        return samples.stream().map(Pdu::toString).toList();
    }

    @Test
    void onePduFedByteByByte() throws Exception {
        for (Pdu sample : samples) {
            byte[] wire = codec.encode(sample);
            PduFrameDecoder frames = new PduFrameDecoder(codec);
            byte[] one = new byte[1];
            List<String> got = new ArrayList<>();
            for (int i = 0; i < wire.length; i++) {
                one[0] = wire[i];
                frames.feed(one, 0, 1); // the same array, overwritten each time: partial frames must be copied
                got.addAll(drain(frames));
                if (i < wire.length - 1) {
                    assertTrue(got.isEmpty(), sample.getName() + " came out early at octet " + i);
                    assertEquals(i + 1, frames.bufferedBytes());
                }
            }
            assertEquals(List.of(sample.toString()), got);
            assertEquals(0, frames.bufferedBytes());
            assertNull(frames.next());
        }
    }

    @Test
    void manyPdusInOneChunk() throws Exception {
        byte[] all = stream();
        PduFrameDecoder frames = new PduFrameDecoder(codec);
        frames.feed(all, 0, all.length);
        assertEquals(all.length, frames.bufferedBytes());
        assertEquals(expected(), drain(frames));
        assertEquals(0, frames.bufferedBytes());
    }

    @Test
    void randomChunking() throws Exception {
        byte[] all = stream();
        Random random = new Random(42);
        for (int run = 0; run < 300; run++) {
            PduFrameDecoder frames = new PduFrameDecoder(codec);
            List<String> got = new ArrayList<>();
            int p = 0;
            while (p < all.length) {
                int n = Math.min(all.length - p, 1 + random.nextInt(run % 3 == 0 ? 8 : 200));
                // Copy into a reused scratch array, as a socket read would.
                byte[] scratch = new byte[256];
                int offset = random.nextInt(256 - n + 1);
                System.arraycopy(all, p, scratch, offset, n);
                frames.feed(scratch, offset, n);
                got.addAll(drain(frames));
                java.util.Arrays.fill(scratch, (byte) 0x5A);
                p += n;
            }
            assertEquals(expected(), got, "run " + run);
            assertEquals(0, frames.bufferedBytes());
        }
    }

    @Test
    void feedingBeforeDrainingKeepsEverything() throws Exception {
        byte[] all = stream();
        PduFrameDecoder frames = new PduFrameDecoder(codec);
        int third = all.length / 3;
        byte[] a = java.util.Arrays.copyOfRange(all, 0, third);
        byte[] b = java.util.Arrays.copyOfRange(all, third, 2 * third);
        byte[] c = java.util.Arrays.copyOfRange(all, 2 * third, all.length);
        frames.feed(a, 0, a.length);
        assertNotNull(frames.next());
        frames.feed(b, 0, b.length); // a still holds undrained PDUs
        java.util.Arrays.fill(a, (byte) 0);
        frames.feed(c, 0, c.length);
        java.util.Arrays.fill(b, (byte) 0);
        List<String> got = new ArrayList<>();
        got.add(expected().get(0));
        got.addAll(drain(frames));
        assertEquals(expected(), got);
    }

    @Test
    void heapAndDirectByteBuffers() throws Exception {
        byte[] all = stream();
        for (boolean direct : new boolean[] {true, false}) {
            PduFrameDecoder frames = new PduFrameDecoder(codec);
            ByteBuffer buf = direct ? ByteBuffer.allocateDirect(100) : ByteBuffer.allocate(100);
            List<String> got = new ArrayList<>();
            int p = 0;
            while (p < all.length) {
                int n = Math.min(37, all.length - p);
                buf.clear();
                buf.put(all, p, n).flip();
                frames.feed(buf);
                assertFalse(buf.hasRemaining());
                got.addAll(drain(frames));
                p += n;
            }
            assertEquals(expected(), got, direct ? "direct" : "heap");
        }
    }

    @Test
    void aBadFrameIsSkippedAndTheNextOneDecodes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnquireLink first = new EnquireLink();
        first.setSequenceNumber(1);
        out.writeBytes(codec.encode(first));
        out.writeBytes(Frames.of(0x00000999, 2).u8(1, 2, 3, 4, 5).build());
        out.writeBytes(Frames.of(CommandId.SUBMIT_SM, 3).smPrefix("1".repeat(25), "2").u8(0).build());
        EnquireLink last = new EnquireLink();
        last.setSequenceNumber(4);
        out.writeBytes(codec.encode(last));
        byte[] all = out.toByteArray();

        for (int chunk : new int[] {all.length, 1, 7}) {
            PduFrameDecoder frames = new PduFrameDecoder(codec);
            List<Object> events = new ArrayList<>();
            for (int p = 0; p < all.length; p += chunk) {
                frames.feed(all, p, Math.min(chunk, all.length - p));
                while (true) {
                    try {
                        Pdu pdu = frames.next();
                        if (pdu == null) {
                            break;
                        }
                        events.add(pdu.getSequenceNumber());
                    } catch (PduDecodeException e) {
                        assertTrue(e.canContinue());
                        events.add(CommandStatus.name(e.getCommandStatus()) + "@" + e.getSequenceNumber());
                    }
                }
            }
            assertEquals(List.of(1, "ESME_RINVCMDID@2", "ESME_RINVSRCADR@3", 4), events, "chunk " + chunk);
        }
    }

    @Test
    void anInvalidLengthStopsTheStreamUntilReset() throws Exception {
        byte[] bad = Frames.of(CommandId.SUBMIT_SM, 9).commandLength(1_000_000).build();
        byte[] good = codec.encode(new EnquireLink());
        PduFrameDecoder frames = new PduFrameDecoder(codec);
        frames.feed(bad, 0, 10); // the header is not complete yet: wait for it so the error can name the PDU
        assertNull(frames.next());
        frames.feed(bad, 10, bad.length - 10);
        PduDecodeException e = assertThrows(PduDecodeException.class, frames::next);
        assertFalse(e.canContinue());
        assertEquals(9, e.getSequenceNumber());
        assertEquals(CommandId.SUBMIT_SM, e.getCommandId());
        frames.feed(good, 0, good.length);
        assertSame(e, assertThrows(PduDecodeException.class, frames::next), "stays failed");
        assertEquals(0, frames.bufferedBytes());

        frames.reset();
        frames.feed(good, 0, good.length);
        assertInstanceOf(EnquireLink.class, frames.next());
    }

    @Test
    void aTooShortLengthFailsAtOnce() {
        PduFrameDecoder frames = new PduFrameDecoder(codec);
        frames.feed(new byte[] {0, 0, 0, 8}, 0, 4);
        PduDecodeException e = assertThrows(PduDecodeException.class, frames::next);
        assertFalse(e.canContinue());
        assertFalse(e.isHeaderRead());
        assertEquals(CommandStatus.ESME_RINVCMDLEN, e.getCommandStatus());
    }

    @Test
    void partialTailIsTheOnlyThingBuffered() throws Exception {
        byte[] one = codec.encode(SamplePdus.submitSm());
        byte[] chunk = new byte[one.length * 2 + 10];
        System.arraycopy(one, 0, chunk, 0, one.length);
        System.arraycopy(one, 0, chunk, one.length, one.length);
        System.arraycopy(one, 0, chunk, 2 * one.length, 10);
        PduFrameDecoder frames = new PduFrameDecoder(codec);
        frames.feed(chunk, 0, chunk.length);
        assertNotNull(frames.next());
        assertNotNull(frames.next());
        assertNull(frames.next());
        assertEquals(10, frames.bufferedBytes());
        frames.feed(one, 10, one.length - 10);
        assertInstanceOf(SubmitSm.class, frames.next());
        assertEquals(0, frames.bufferedBytes());
    }
}
