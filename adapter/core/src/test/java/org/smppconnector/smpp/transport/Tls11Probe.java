package org.smppconnector.smpp.transport;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.Security;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Run in its own JVM by {@link TlsConnectorTest}: re-enables TLS 1.1 for the whole JVM (as an old
 * java.security file would), starts a server that speaks only TLS 1.1, shows that a JDK client
 * can then negotiate TLS 1.1 with it, and that the {@link Connector} still refuses to.
 * Exit status 0 when all of that held; the output says what happened.
 */
public final class Tls11Probe {

    public static void main(String[] args) throws Exception {
        // Before any TLS class reads it.
        Security.setProperty("jdk.tls.disabledAlgorithms", "SSLv3, RC4, DES, NULL, anon");
        Path serverStore = Path.of(args[0]);
        Path trustStore = Path.of(args[1]);
        ExecutorService executor = Executors.newCachedThreadPool();
        try (SSLServerSocket server = (SSLServerSocket) TestCertificates.serverContext(serverStore, null)
                .getServerSocketFactory().createServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.setEnabledProtocols(new String[] {"TLSv1.1"});
            executor.execute(() -> {
                while (!server.isClosed()) {
                    try (SSLSocket socket = (SSLSocket) server.accept()) {
                        socket.startHandshake();
                    } catch (Exception e) {
                        // the connector's attempt fails here too
                    }
                }
            });

            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(TestCertificates.load(trustStore));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            try (SSLSocket control = (SSLSocket) context.getSocketFactory().createSocket("localhost", server.getLocalPort())) {
                control.setEnabledProtocols(new String[] {"TLSv1.1", "TLSv1.2", "TLSv1.3"});
                control.startHandshake();
                System.out.println("control client negotiated " + control.getSession().getProtocol());
                if (!"TLSv1.1".equals(control.getSession().getProtocol())) {
                    System.exit(3);
                }
            }

            Connector connector = Connector.tls(Duration.ofSeconds(10), TlsSettings.trustStore(trustStore, TestCertificates.PASSWORD, "PKCS12"));
            try {
                ConnectedSocket socket = connector.connect("localhost", server.getLocalPort());
                System.out.println("connector negotiated " + socket.tlsProtocol());
                System.exit(2);
            } catch (ConnectFailedException e) {
                System.out.println("connector refused: " + e.reason() + ": " + e.getMessage());
                System.exit(e.reason() == ConnectFailedException.Reason.TLS_HANDSHAKE ? 0 : 4);
            }
        }
    }
}
