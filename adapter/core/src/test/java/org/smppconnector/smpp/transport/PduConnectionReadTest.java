package org.smppconnector.smpp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pdu.CommandId;
import org.smppconnector.smpp.pdu.CommandStatus;
import org.smppconnector.smpp.pdu.EnquireLink;
import org.smppconnector.smpp.pdu.GenericNack;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pdu.PduFrameDecoder;

/** What the reader task makes of the octets a real peer sends over a loopback socket. */
class PduConnectionReadTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private SmppPeer peer;

    @BeforeEach
    void listen() throws Exception {
        peer = SmppPeer.listen();
    }

    @AfterEach
    void stop() throws Exception {
        peer.close();
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS), "executor threads did not end");
    }

    private SmppPeer.Pair start(RecordingListener listener) throws Exception {
        return start(listener, ConnectionSettings.defaults());
    }

    private SmppPeer.Pair start(RecordingListener listener, ConnectionSettings settings) throws Exception {
        SmppPeer.Pair pair = peer.connect(settings);
        listener.connection = pair.connection();
        pair.connection().start(executor, listener);
        return pair;
    }

    @Test
    void pduSplitAcrossReadsIsDeliveredWhole() throws Exception {
        RecordingListener listener = new RecordingListener();
        SmppPeer.Pair pair = start(listener);
        byte[] octets = SmppPeer.CODEC.encode(TestPdus.submitSm(7, "split across two reads"));
        int half = 20; // inside the body, past the header

        pair.peer().sendRaw(octets, 0, half);
        // The first part has been read before the rest is even sent, so the PDU spans two reads.
        Await.until("first part read", () -> pair.connection().stats().bytesIn() == half);
        assertTrue(listener.pdus.isEmpty());
        pair.peer().sendRaw(octets, half, octets.length - half);

        SubmitSm sm = assertInstanceOf(SubmitSm.class, listener.next());
        assertEquals(7, sm.getSequenceNumber());
        assertEquals("split across two reads", TestPdus.text(sm));
        pair.connection().close();
    }

    @Test
    void headerSplitOctetByOctetAndManyPdusInOneWrite() throws Exception {
        RecordingListener listener = new RecordingListener();
        SmppPeer.Pair pair = start(listener);
        byte[] first = SmppPeer.CODEC.encode(TestPdus.enquireLink(1));
        for (int i = 0; i < first.length; i++) {
            pair.peer().sendRaw(first, i, 1);
            long expected = i + 1;
            Await.until("octet " + i + " read", () -> pair.connection().stats().bytesIn() == expected);
        }
        assertEquals(1, listener.next().getSequenceNumber());

        ByteArrayOutputStream burst = new ByteArrayOutputStream();
        for (int seq = 2; seq <= 200; seq++) {
            burst.write(SmppPeer.CODEC.encode(TestPdus.submitSm(seq, "burst " + seq)));
        }
        pair.peer().sendRaw(burst.toByteArray(), 0, burst.size());
        for (int seq = 2; seq <= 200; seq++) {
            SubmitSm sm = assertInstanceOf(SubmitSm.class, listener.next());
            assertEquals(seq, sm.getSequenceNumber());
            assertEquals("burst " + seq, TestPdus.text(sm));
        }
        assertEquals(200, pair.connection().stats().pdusIn());
        assertEquals(first.length + burst.size(), pair.connection().stats().bytesIn());
        pair.connection().close();
    }

    @Test
    void largePduIsAssembledAndItsBufferDroppedAfterwards() throws Exception {
        RecordingListener listener = new RecordingListener();
        SmppPeer.Pair pair = start(listener);
        PduConnection connection = pair.connection();
        Await.until("reader running", () -> connection.retainedBufferBytes() > 0);
        int idle = connection.retainedBufferBytes();
        assertEquals(ConnectionSettings.DEFAULT_READ_BUFFER_SIZE, idle, "an idle connection holds only its read buffer");

        SubmitSm large = TestPdus.largeSubmitSm(9, 60_000);
        byte[] octets = SmppPeer.CODEC.encode(large);
        pair.peer().sendRaw(octets, 0, 30_000);
        Await.until("half of the large PDU read", () -> connection.stats().bytesIn() == 30_000);
        assertTrue(connection.retainedBufferBytes() >= 30_000, "the decoder holds the part that came");
        assertTrue(decoderCapacity(connection) >= 30_000, "the decoder's assembly buffer grew");
        pair.peer().sendRaw(octets, 30_000, octets.length - 30_000);

        SubmitSm received = assertInstanceOf(SubmitSm.class, listener.next());
        assertArrayEquals(large.getTlvs().getBytes(Tag.MESSAGE_PAYLOAD), received.getTlvs().getBytes(Tag.MESSAGE_PAYLOAD));
        // Once the PDU is complete and nothing else is pending, the assembly buffer is gone.
        Await.until("decoder buffer dropped", () -> decoderCapacity(connection) == 0);
        assertEquals(idle, connection.retainedBufferBytes());
        connection.close();
    }

    /**
     * The capacity of the frame decoder's private assembly buffer: read by reflection because
     * the decoder (another package) does not publish it, and the claim under test is about the
     * memory really held, not about the octets the decoder reports.
     */
    private static int decoderCapacity(PduConnection connection) {
        try {
            Field acc = PduFrameDecoder.class.getDeclaredField("acc");
            acc.setAccessible(true);
            return ((byte[]) acc.get(connection.readerTask().frameDecoder())).length;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("PduFrameDecoder changed: update this measurement", e);
        }
    }

    @Test
    void badFrameIsReportedAnsweredAndReadingGoesOn() throws Exception {
        RecordingListener listener = new RecordingListener();
        SmppPeer.Pair pair = start(listener);
        byte[] unknownCommand = ByteBuffer.allocate(16).putInt(16).putInt(0x00000777).putInt(0).putInt(41).array();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(SmppPeer.CODEC.encode(TestPdus.submitSm(40, "before")));
        stream.write(unknownCommand);
        stream.write(SmppPeer.CODEC.encode(TestPdus.submitSm(42, "after")));
        pair.peer().sendRaw(stream.toByteArray(), 0, stream.size());

        assertEquals("before", TestPdus.text((SubmitSm) listener.next()));
        assertEquals("after", TestPdus.text((SubmitSm) listener.next()));
        assertEquals(1, listener.decodeErrors.size());
        assertTrue(listener.decodeErrors.get(0).canContinue());
        // The listener answered with the error's generic_nack; the peer gets it.
        GenericNack nack = assertInstanceOf(GenericNack.class, pair.peer().read());
        assertEquals(41, nack.getSequenceNumber());
        assertEquals(CommandStatus.ESME_RINVCMDID, nack.getCommandStatus());
        assertFalse(pair.connection().isClosed());
        pair.connection().close();
    }

    @Test
    void lostFramingIsAnsweredThenClosed() throws Exception {
        RecordingListener listener = new RecordingListener();
        SmppPeer.Pair pair = start(listener);
        byte[] badLength = ByteBuffer.allocate(16).putInt(5).putInt(CommandId.SUBMIT_SM).putInt(0).putInt(43).array();
        pair.peer().send(TestPdus.enquireLink(1));
        pair.peer().sendRaw(badLength, 0, badLength.length);

        assertInstanceOf(EnquireLink.class, listener.next());
        assertTrue(pair.connection().awaitClosed(10, TimeUnit.SECONDS));
        assertEquals(CloseReason.DECODE_ERROR, listener.closeReason.reason());
        assertFalse(listener.decodeErrors.get(0).canContinue());
        // The generic_nack went out before the close.
        GenericNack nack = assertInstanceOf(GenericNack.class, pair.peer().read());
        assertEquals(CommandStatus.ESME_RINVCMDLEN, nack.getCommandStatus());
        assertThrows(java.io.IOException.class, () -> pair.peer().read(), "the connection was closed after the nack");
        assertEquals(1, listener.closedCalls.get());
    }

    @Test
    void peerClosingInTheMiddleOfAPduClosesOnce() throws Exception {
        RecordingListener listener = new RecordingListener();
        SmppPeer.Pair pair = start(listener);
        byte[] octets = SmppPeer.CODEC.encode(TestPdus.submitSm(1, "cut short"));
        pair.peer().send(TestPdus.enquireLink(5));
        pair.peer().sendRaw(octets, 0, 25);
        pair.peer().close();

        assertTrue(pair.connection().awaitClosed(10, TimeUnit.SECONDS));
        assertEquals(5, listener.next().getSequenceNumber());
        assertTrue(listener.pdus.isEmpty(), "the cut PDU is not delivered");
        ConnectionClosedException reason = listener.closeReason;
        assertEquals(CloseReason.PEER_CLOSED, reason.reason());
        assertTrue(reason.getMessage().contains("middle of a PDU (25 octets"), reason.getMessage());
        pair.connection().close();
        assertEquals(1, listener.closedCalls.get());
        assertSame(reason, pair.connection().closeReason(), "the first reason stays");
        ConnectionClosedException thrown = assertThrows(ConnectionClosedException.class,
                () -> pair.connection().write(TestPdus.enquireLink(6)));
        assertEquals(CloseReason.PEER_CLOSED, thrown.reason());
    }

    @Test
    void listenerThatThrowsClosesTheConnection() throws Exception {
        RecordingListener listener = new RecordingListener() {
            @Override
            public void onPdu(Pdu pdu) {
                throw new IllegalStateException("bug in the session");
            }
        };
        SmppPeer.Pair pair = start(listener);
        pair.peer().send(TestPdus.enquireLink(1), TestPdus.enquireLink(2));
        assertTrue(pair.connection().awaitClosed(10, TimeUnit.SECONDS));
        assertEquals(CloseReason.LISTENER_FAILED, listener.closeReason.reason());
        assertInstanceOf(IllegalStateException.class, listener.closeReason.getCause());
        assertEquals(1, listener.closedCalls.get());
    }

    /**
     * The reader counts a PDU before the listener gets it, so whoever learns of a PDU through the
     * listener (a session, a test) finds it in the counters: checked inside the listener itself,
     * where no scheduling luck can hide a counter updated after the call.
     */
    @Test
    void countersIncludeThePduTheListenerIsGiven() throws Exception {
        List<Long> pdusInSeenByListener = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Long> bytesInSeenByListener = new java.util.concurrent.CopyOnWriteArrayList<>();
        RecordingListener listener = new RecordingListener() {
            @Override
            public void onPdu(Pdu pdu) {
                ConnectionStats stats = connection.stats();
                pdusInSeenByListener.add(stats.pdusIn());
                bytesInSeenByListener.add(stats.bytesIn());
                super.onPdu(pdu);
            }
        };
        SmppPeer.Pair pair = start(listener);
        for (int seq = 1; seq <= 3; seq++) {
            pair.peer().send(TestPdus.enquireLink(seq));
            listener.next(); // one at a time: each PDU comes in a read of its own
        }
        assertEquals(List.of(1L, 2L, 3L), pdusInSeenByListener);
        assertEquals(List.of(16L, 32L, 48L), bytesInSeenByListener);
        pair.connection().close();
    }

    @Test
    void countersUseTheGivenClock() throws Exception {
        AtomicLong clock = new AtomicLong(1_000);
        RecordingListener listener = new RecordingListener();
        SmppPeer.Pair pair = start(listener, ConnectionSettings.defaults().withNanoClock(clock::get));
        PduConnection connection = pair.connection();
        assertEquals(1_000, connection.lastReadNanos());
        assertEquals(1_000, connection.lastWriteNanos());

        clock.set(2_000);
        pair.peer().send(TestPdus.enquireLink(1));
        listener.next();
        clock.set(3_000);
        long ticket = connection.write(TestPdus.submitSm(2, "x"));
        assertEquals(WriteStatus.WRITTEN, connection.awaitWritten(ticket, 10, TimeUnit.SECONDS));
        pair.peer().read();

        ConnectionStats stats = connection.stats();
        assertEquals(1, stats.pdusIn());
        assertEquals(16, stats.bytesIn());
        assertEquals(2_000, stats.lastReadNanos());
        assertEquals(1, stats.pdusOut());
        assertEquals(ticket, stats.bytesOut());
        assertEquals(3_000, stats.lastWriteNanos());
        connection.close();
        assertTrue(connection.awaitClosed(10, TimeUnit.SECONDS));
        assertEquals(List.of(), listener.callbackThreads.stream().filter(t -> t.equals(Thread.currentThread().getName())).toList(),
                "listener calls come from the reader task, not the caller");
    }
}
