package org.smppconnector.smpp.transport;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server socket on loopback that accepts one connection, completes the handshake, records
 * what the client sent (SNI, protocol, client certificate) and then answers SMPP requests.
 */
final class TlsPeer implements Closeable {

    /** What the server saw of a handshake. */
    record Handshake(String protocol, List<String> sniNames, String clientPrincipal) {
    }

    private final SSLServerSocket server;
    final CompletableFuture<Handshake> handshake = new CompletableFuture<>();

    TlsPeer(Path keyStore, Path clientTrust, ExecutorService executor, String... protocols) throws Exception {
        server = (SSLServerSocket) TestCertificates.serverContext(keyStore, clientTrust).getServerSocketFactory().createServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        if (protocols.length > 0) {
            server.setEnabledProtocols(protocols);
        }
        if (clientTrust != null) {
            server.setNeedClientAuth(true);
        }
        executor.execute(this::serveOne);
    }

    int port() {
        return server.getLocalPort();
    }

    private void serveOne() {
        try (SSLSocket socket = (SSLSocket) server.accept()) {
            socket.setSoTimeout((int) Await.DEFAULT.toMillis());
            socket.startHandshake();
            ExtendedSSLSession session = (ExtendedSSLSession) socket.getSession();
            List<String> names = session.getRequestedServerNames().stream()
                    .map(n -> n instanceof SNIHostName ? ((SNIHostName) n).getAsciiName() : String.valueOf(n))
                    .toList();
            String client = server.getNeedClientAuth() ? session.getPeerPrincipal().getName() : null;
            handshake.complete(new Handshake(session.getProtocol(), names, client));
            new SmppPeer.Side(socket).answerUntilEnd();
        } catch (Exception e) {
            handshake.completeExceptionally(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
