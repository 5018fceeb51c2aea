package org.smppconnector.smpp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.SubmitSmResp;
import org.smppconnector.smpp.pdu.PduEncodeException;

/** The batching writer against a real peer: integrity under concurrency, encode errors, back-pressure. */
class PduConnectionWriteTest {

    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private SmppPeer peer;

    @BeforeEach
    void listen() throws Exception {
        peer = SmppPeer.listen();
    }

    @AfterEach
    void stop() throws Exception {
        peer.close();
        readers.shutdownNow();
        callers.shutdownNow();
        assertTrue(readers.awaitTermination(10, TimeUnit.SECONDS) && callers.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void requestsAreAnsweredInOrder() throws Exception {
        RecordingListener listener = new RecordingListener();
        SmppPeer.Pair pair = peer.connect(ConnectionSettings.defaults());
        pair.connection().start(readers, listener);
        Future<Integer> answered = callers.submit(() -> pair.peer().answerUntilEnd());

        for (int seq = 1; seq <= 1000; seq++) {
            pair.connection().write(TestPdus.submitSm(seq, "message " + seq));
        }
        for (int seq = 1; seq <= 1000; seq++) {
            SubmitSmResp resp = assertInstanceOf(SubmitSmResp.class, listener.next());
            assertEquals(seq, resp.getSequenceNumber());
        }
        pair.connection().close();
        assertEquals(1000, answered.get(10, TimeUnit.SECONDS));
    }

    @Test
    void concurrentWritersEachPduArrivesOnceIntactInPerThreadOrder() throws Exception {
        int threads = 8;
        int perThread = 10_000;
        SmppPeer.Pair pair = peer.connect(ConnectionSettings.defaults());
        PduConnection connection = pair.connection();
        connection.start(readers, new RecordingListener());

        Future<int[]> received = callers.submit(() -> {
            int[] next = new int[threads];
            for (int n = 0; n < threads * perThread; n++) {
                SubmitSm sm = assertInstanceOf(SubmitSm.class, pair.peer().read());
                int thread = sm.getSequenceNumber() >>> 20;
                int index = sm.getSequenceNumber() & 0xFFFFF;
                assertEquals(next[thread], index, "thread " + thread + " out of order or duplicated");
                assertEquals(thread + ":" + index, TestPdus.text(sm), "octets mixed up");
                next[thread]++;
            }
            return next;
        });
        List<Future<Integer>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(callers.submit(() -> {
                int refused = 0;
                for (int i = 0; i < perThread; i++) {
                    if (i % 97 == 0) {
                        // A PDU the codec refuses, between good ones: only this caller sees the error.
                        SubmitSm bad = TestPdus.submitSm(0, "bad");
                        bad.setSourceAddr("a source address far longer than twenty-one characters");
                        assertThrows(PduEncodeException.class, () -> connection.write(bad));
                        refused++;
                    }
                    connection.write(TestPdus.submitSm(thread << 20 | i, thread + ":" + i));
                }
                return refused;
            }));
        }
        int refused = 0;
        for (Future<Integer> writer : writers) {
            refused += writer.get(60, TimeUnit.SECONDS);
        }
        int[] counts = received.get(60, TimeUnit.SECONDS);
        for (int count : counts) {
            assertEquals(perThread, count);
        }
        assertTrue(refused > 0);
        assertEquals(WriteStatus.WRITTEN, connection.awaitWritten(connection.lastTicket(), 10, TimeUnit.SECONDS));
        assertEquals(threads * perThread, connection.stats().pdusOut());
        // Idle again: the output buffers that grew under load have been given back.
        Await.until("output buffers released", () -> connection.retainedBufferBytes()
                <= ConnectionSettings.DEFAULT_READ_BUFFER_SIZE + PduWriter.IDLE_RETAINED);
        connection.close();
    }

    @Test
    void slowPeerBlocksWritersBoundedThenTimesOutWithoutLosingAnything() throws Exception {
        int maxPending = 4096;
        SmppPeer slow = SmppPeer.listen(4096);
        try {
            ConnectionSettings settings = ConnectionSettings.defaults().withMaxPendingBytes(maxPending)
                    .withWriteTimeout(Duration.ofMillis(300));
            SmppPeer.Pair pair = slow.connect(settings);
            PduConnection connection = pair.connection();
            connection.socket().socket().setSendBufferSize(4096);
            connection.start(readers, new RecordingListener());

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger timeouts = new AtomicInteger();
            List<Future<Integer>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                writers.add(callers.submit(() -> {
                    int accepted = 0;
                    while (!stop.get()) {
                        try {
                            connection.write(TestPdus.submitSm(accepted, "slow peer"));
                            accepted++;
                        } catch (WriteTimeoutException e) {
                            timeouts.incrementAndGet();
                            break;
                        }
                    }
                    return accepted;
                }));
            }
            // The peer reads nothing: the flushing caller blocks in the socket, the others time out.
            Await.until("writers time out", () -> timeouts.get() >= 3);
            long queued = connection.lastTicket() - connection.stats().bytesOut();
            int pduLength = SmppPeer.CODEC.encodedLength(TestPdus.submitSm(0, "slow peer"));
            assertTrue(queued <= 2L * maxPending + pduLength, "unwritten octets " + queued + " exceed the bound");
            assertTrue(connection.retainedBufferBytes() <= ConnectionSettings.DEFAULT_READ_BUFFER_SIZE + 2 * maxPending);

            stop.set(true);
            Future<Integer> peerRead = callers.submit(() -> pair.peer().readUntilEnd());
            int accepted = 0;
            for (Future<Integer> writer : writers) {
                accepted += writer.get(30, TimeUnit.SECONDS);
            }
            assertEquals(WriteStatus.WRITTEN, connection.awaitWritten(connection.lastTicket(), 30, TimeUnit.SECONDS));
            connection.close();
            assertEquals(accepted, peerRead.get(30, TimeUnit.SECONDS), "every accepted PDU arrived, no other");
            ConnectionStats stats = connection.stats();
            assertEquals(accepted, stats.pdusOut());
            assertTrue(stats.socketWrites() < stats.pdusOut(), "what queued behind the stuck flush went out in batches: " + stats);
        } finally {
            slow.close();
        }
    }

    @Test
    void ticketsTellWhenWritten() throws Exception {
        SmppPeer.Pair pair = peer.connect(ConnectionSettings.defaults());
        PduConnection connection = pair.connection();
        connection.start(readers, new RecordingListener());
        assertEquals(0, connection.lastTicket());
        long first = connection.write(TestPdus.enquireLink(1));
        long second = connection.write(TestPdus.submitSm(2, "two"));
        assertEquals(16, first, "a ticket is the stream offset after the PDU");
        assertTrue(second > first);
        assertEquals(WriteStatus.WRITTEN, connection.awaitWritten(second, 10, TimeUnit.SECONDS));
        assertTrue(connection.isWritten(first));
        assertEquals(2, connection.stats().socketWrites(), "a lone caller writes its own PDU at once");
        Pdu arrived = pair.peer().read();
        assertEquals(1, arrived.getSequenceNumber());
        connection.close();
        assertTrue(connection.isWritten(second), "written stays written after the close");
    }
}
