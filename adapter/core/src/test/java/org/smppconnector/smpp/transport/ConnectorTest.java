package org.smppconnector.smpp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.transport.ConnectFailedException.Reason;

/** Plain TCP connects and their typed failures. */
class ConnectorTest {

    private final Connector connector = Connector.plain(Duration.ofSeconds(5));

    @Test
    void connectsWithNoDelay() throws Exception {
        try (ServerSocket server = loopbackServer(50)) {
            ConnectedSocket socket = connector.connect("127.0.0.1", server.getLocalPort());
            assertTrue(socket.socket().getTcpNoDelay());
            assertTrue(socket.socket().getKeepAlive());
            assertFalse(socket.isTls());
            assertEquals(null, socket.tlsProtocol());
            socket.close();
            socket.close();
            assertTrue(socket.isClosed());
        }
    }

    @Test
    void closedPortIsRefused() throws Exception {
        int port;
        try (ServerSocket server = loopbackServer(50)) {
            port = server.getLocalPort();
        }
        ConnectFailedException e = assertThrows(ConnectFailedException.class, () -> connector.connect("127.0.0.1", port));
        assertEquals(Reason.REFUSED, e.reason());
        assertTrue(e.isTransient());
        assertEquals("127.0.0.1", e.host());
        assertEquals(port, e.port());
        assertTrue(e.getMessage().startsWith("cannot connect to 127.0.0.1:" + port + ": connection refused"), e.getMessage());
    }

    @Test
    void unknownHostIsNamed() {
        ConnectFailedException e = assertThrows(ConnectFailedException.class, () -> connector.connect("no-such-host.invalid", 2775));
        assertEquals(Reason.UNKNOWN_HOST, e.reason());
        assertFalse(e.isTransient());
    }

    @Test
    void fullAcceptQueueTimesOut() throws Exception {
        // A server that never accepts, with a backlog of 1: once the queue is full the kernel drops SYNs.
        Connector impatient = Connector.plain(Duration.ofMillis(200));
        List<ConnectedSocket> queued = new ArrayList<>();
        try (ServerSocket server = loopbackServer(1)) {
            for (int attempt = 0; attempt < 20; attempt++) {
                try {
                    queued.add(impatient.connect("127.0.0.1", server.getLocalPort()));
                } catch (ConnectFailedException e) {
                    assertEquals(Reason.TIMEOUT, e.reason(), e.getMessage());
                    assertTrue(e.getMessage().contains("connect timed out after 200 ms"), e.getMessage());
                    return;
                }
            }
            fail("20 connects to a full accept queue all succeeded");
        } finally {
            queued.forEach(ConnectedSocket::close);
        }
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> connector.connect("localhost", 0));
        assertThrows(IllegalArgumentException.class, () -> connector.connect("localhost", 65536));
        assertThrows(IllegalArgumentException.class, () -> Connector.plain(Duration.ZERO));
    }

    private static ServerSocket loopbackServer(int backlog) throws Exception {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
        return server;
    }
}
