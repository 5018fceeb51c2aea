package org.smppconnector.smpp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pdu.Pdu;

/** close() from other threads while the reader and writers are blocked: everyone returns, nothing is left running. */
class PduConnectionCloseTest {

    private final ThreadPoolExecutor readers = pool();
    private final ThreadPoolExecutor callers = pool();

    private static ThreadPoolExecutor pool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(16, 16, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @AfterEach
    void stop() throws Exception {
        readers.shutdownNow();
        callers.shutdownNow();
        assertTrue(readers.awaitTermination(10, TimeUnit.SECONDS) && callers.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void closeWhileTheReaderIsBlockedEndsTheReaderTask() throws Exception {
        try (SmppPeer peer = SmppPeer.listen()) {
            RecordingListener listener = new RecordingListener();
            SmppPeer.Pair pair = peer.connect(ConnectionSettings.defaults());
            PduConnection connection = pair.connection();
            connection.start(readers, listener);
            pair.peer().send(TestPdus.enquireLink(1));
            listener.next(); // the reader is running and now blocks for more
            assertEquals(1, readers.getActiveCount());

            callers.submit(connection::close).get(10, TimeUnit.SECONDS);

            assertTrue(connection.awaitClosed(10, TimeUnit.SECONDS));
            Await.until("reader thread returned to its pool", () -> readers.getActiveCount() == 0);
            assertEquals(1, readers.getCompletedTaskCount());
            assertEquals(CloseReason.LOCAL, listener.closeReason.reason());
            assertEquals(0, connection.retainedBufferBytes(), "a closed connection holds no buffer");
            connection.close();
            assertEquals(1, listener.closedCalls.get());
            assertThrows(java.io.IOException.class, () -> pair.peer().read(), "the peer sees the socket closed");
        }
    }

    @Test
    void closeWhileWritersAreBlockedReleasesThemAndTicketsTellWhatLeft() throws Exception {
        // "Every writer blocked" is seen from outside: now and then the flusher was only slow,
        // not held by a full socket, and drains everything before the close. Such a round still
        // checks every invariant; the drop path must show in one of a few rounds.
        Map<WriteStatus, Integer> byStatus = Map.of();
        for (int round = 0; round < 5 && !byStatus.containsKey(WriteStatus.NOT_WRITTEN); round++) {
            byStatus = closeWhileWritersAreBlocked();
        }
        assertTrue(byStatus.getOrDefault(WriteStatus.NOT_WRITTEN, 0) > 0, "queued PDUs were dropped: " + byStatus);
    }

    /** One round: returns how the accepted PDUs' tickets ended. */
    private Map<WriteStatus, Integer> closeWhileWritersAreBlocked() throws Exception {
        try (SmppPeer slow = SmppPeer.listen(4096)) {
            RecordingListener listener = new RecordingListener();
            ConnectionSettings settings = ConnectionSettings.defaults().withMaxPendingBytes(4096)
                    .withWriteTimeout(Duration.ofSeconds(30));
            SmppPeer.Pair pair = slow.connect(settings);
            PduConnection connection = pair.connection();
            connection.socket().socket().setSendBufferSize(4096);
            connection.start(readers, listener);

            // ticket -> sequence number of every accepted PDU, across all writers
            Map<Long, Integer> tickets = new ConcurrentSkipListMap<>();
            AtomicInteger sequence = new AtomicInteger();
            List<Future<ConnectionClosedException>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                writers.add(callers.submit(() -> {
                    while (true) {
                        int seq = sequence.incrementAndGet();
                        try {
                            tickets.put(connection.write(TestPdus.submitSm(seq, "until closed")), seq);
                        } catch (ConnectionClosedException e) {
                            return e;
                        }
                    }
                }));
            }
            // The peer reads nothing: one caller is stuck in the socket write, the others wait for room.
            Await.until("every writer blocked", () -> {
                long unwritten = connection.lastTicket() - connection.stats().bytesOut();
                // Pending is full (within one PDU) and all four callers are inside write().
                return unwritten > 4096 - 100 && callers.getActiveCount() == 4 && tickets.size() == sequence.get() - 4;
            });

            connection.close();

            for (Future<ConnectionClosedException> writer : writers) {
                assertEquals(CloseReason.LOCAL, writer.get(10, TimeUnit.SECONDS).reason());
            }
            assertTrue(connection.awaitClosed(10, TimeUnit.SECONDS));
            Await.until("no thread left", () -> readers.getActiveCount() == 0 && callers.getActiveCount() == 0);
            assertEquals(1, listener.closedCalls.get());

            // What the peer gets is exactly the stream's prefix of WRITTEN (and maybe UNCERTAIN) PDUs.
            Map<WriteStatus, Integer> byStatus = new TreeMap<>();
            List<Integer> mayArrive = new ArrayList<>();
            int mustArrive = 0;
            for (Map.Entry<Long, Integer> e : tickets.entrySet()) {
                WriteStatus status = connection.writeStatus(e.getKey());
                byStatus.merge(status, 1, Integer::sum);
                if (status.mayHaveReachedPeer()) {
                    mayArrive.add(e.getValue());
                }
                if (status == WriteStatus.WRITTEN) {
                    mustArrive++;
                }
            }
            assertFalse(byStatus.containsKey(WriteStatus.QUEUED), "nothing stays queued after a close: " + byStatus);
            List<Integer> arrived = new ArrayList<>();
            try {
                while (true) {
                    arrived.add(pair.peer().read().getSequenceNumber());
                }
            } catch (java.io.IOException endOfStream) {
                // the close
            }
            assertTrue(arrived.size() >= mustArrive && arrived.size() <= mayArrive.size(),
                    arrived.size() + " arrived; " + byStatus);
            assertEquals(mayArrive.subList(0, arrived.size()), arrived, "arrivals follow the tickets' order");
            pair.peer().close();
            return byStatus;
        }
    }

    @Test
    void closeBeforeStartStillEndsWithOneOnClosed() throws Exception {
        try (SmppPeer peer = SmppPeer.listen()) {
            RecordingListener listener = new RecordingListener();
            PduConnection connection = peer.connect(ConnectionSettings.defaults()).connection();
            connection.close();
            connection.start(readers, listener);
            assertTrue(connection.awaitClosed(10, TimeUnit.SECONDS));
            assertEquals(CloseReason.LOCAL, listener.closeReason.reason());
            assertEquals(1, listener.closedCalls.get());
            assertThrows(IllegalStateException.class, () -> connection.start(readers, listener));
        }
    }

    @Test
    void refusedReaderTaskClosesTheConnection() throws Exception {
        try (SmppPeer peer = SmppPeer.listen()) {
            RecordingListener listener = new RecordingListener();
            SmppPeer.Pair pair = peer.connect(ConnectionSettings.defaults());
            Executor refusing = task -> {
                throw new RejectedExecutionException("work manager full");
            };
            assertThrows(RejectedExecutionException.class, () -> pair.connection().start(refusing, listener));
            assertTrue(pair.connection().isClosed());
            assertTrue(pair.connection().socket().isClosed());
            assertEquals(0, listener.closedCalls.get(), "a listener that was never started is not called");
            Pdu nothing = null;
            assertThrows(java.io.IOException.class, () -> pair.peer().read(), "peer sees the close" + nothing);
        }
    }
}
