package org.smppconnector.smpp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.SubmitSmResp;

/**
 * Plain connections made by {@link Connector} run over a socket channel (the reader reads into
 * its own direct buffer): reads work through it, and a caller's interrupt, which would close a
 * channel it writes to, neither closes the connection nor is lost.
 */
class PlainChannelTest {

    private final ExecutorService readers = Executors.newCachedThreadPool();
    private SmppPeer peer;

    @BeforeEach
    void listen() throws Exception {
        peer = SmppPeer.listen();
    }

    @AfterEach
    void stop() throws Exception {
        peer.close();
        readers.shutdownNow();
        assertTrue(readers.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void plainConnectionsReadThroughTheirChannel() throws Exception {
        SmppPeer.Pair pair = peer.connect(ConnectionSettings.defaults());
        try (SmppPeer.Side side = pair.peer()) {
            assertNotNull(pair.connection().socket().plainChannel());
            RecordingListener listener = new RecordingListener();
            pair.connection().start(readers, listener);

            SubmitSmResp resp = new SubmitSmResp();
            resp.setSequenceNumber(7);
            resp.setMessageId("abc");
            pair.peer().send(resp);

            SubmitSmResp received = assertInstanceOf(SubmitSmResp.class, listener.next());
            assertEquals(7, received.getSequenceNumber());
            assertEquals("abc", received.getMessageId());
            pair.connection().close();
        }
    }

    @Test
    void socketsNotMadeFromAChannelHaveNone() throws Exception {
        try (Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), peer.port());
             SmppPeer.Side ignored = peer.accept()) {
            assertNull(ConnectedSocket.of(socket).plainChannel());
        }
    }

    @Test
    void anInterruptedCallerWritesWithoutClosingTheConnectionAndKeepsItsInterrupt() throws Exception {
        SmppPeer.Pair pair = peer.connect(ConnectionSettings.defaults());
        try (SmppPeer.Side side = pair.peer()) {
            PduConnection connection = pair.connection();
            connection.start(readers, new RecordingListener());

            Thread.currentThread().interrupt();
            long ticket;
            try {
                ticket = connection.write(TestPdus.submitSm(1, "interrupted caller"));
            } finally {
                assertTrue(Thread.interrupted(), "the caller's interrupt status was lost");
            }
            assertEquals(WriteStatus.WRITTEN, connection.awaitWritten(ticket, 10, TimeUnit.SECONDS));
            assertFalse(connection.isClosed(), () -> "closed: " + connection.closeReason());

            SubmitSm first = assertInstanceOf(SubmitSm.class, pair.peer().read());
            assertEquals(1, first.getSequenceNumber());
            connection.write(TestPdus.submitSm(2, "next caller"));
            assertEquals(2, assertInstanceOf(SubmitSm.class, pair.peer().read()).getSequenceNumber());
            connection.close();
        }
    }

    @Test
    void plainConnectionsWriteFromTheirOwnDirectBufferAndGiveALargeOneBackWhenTrimmed() throws Exception {
        SmppPeer.Pair pair = peer.connect(ConnectionSettings.defaults());
        try (SmppPeer.Side side = pair.peer()) {
            PduConnection connection = pair.connection();
            connection.start(readers, new RecordingListener());
            assertEquals(0, connection.outputDirectCapacity(), "nothing before the first write");

            SubmitSm large = TestPdus.submitSm(1, "");
            byte[] payload = new byte[3000];
            java.util.Arrays.fill(payload, (byte) 'x');
            large.getTlvs().putBytes(org.smppconnector.smpp.pdu.Tag.MESSAGE_PAYLOAD, payload);
            assertEquals(WriteStatus.WRITTEN, connection.awaitWritten(connection.write(large), 10, TimeUnit.SECONDS));
            SubmitSm received = assertInstanceOf(SubmitSm.class, pair.peer().read());
            org.junit.jupiter.api.Assertions.assertArrayEquals(payload,
                    received.getTlvs().getBytes(org.smppconnector.smpp.pdu.Tag.MESSAGE_PAYLOAD));
            Await.until("flush over", () -> connection.outputDirectCapacity() >= 0);
            assertEquals(4096, connection.outputDirectCapacity(), "grown for the batch, and kept while busy");
            connection.trimBuffers();
            assertEquals(0, connection.outputDirectCapacity(), "given back once quiet");

            assertEquals(WriteStatus.WRITTEN, connection.awaitWritten(
                    connection.write(TestPdus.submitSm(2, "small")), 10, TimeUnit.SECONDS));
            assertEquals(2, assertInstanceOf(SubmitSm.class, pair.peer().read()).getSequenceNumber());
            Await.until("flush over", () -> connection.outputDirectCapacity() >= 0);
            connection.trimBuffers();
            assertEquals(BatchOutput.ChannelOutput.RETAINED, connection.outputDirectCapacity(), "a small one is kept");
            connection.close();
        }
    }
}
