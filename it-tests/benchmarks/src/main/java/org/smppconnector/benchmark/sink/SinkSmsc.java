package org.smppconnector.benchmark.sink;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sink SMSC on the loopback interface: accepts any number of connections, one platform thread
 * each, and answers every request at once (see {@link SinkConnection}). Prints one line when
 * listening, {@value #LISTENING} followed by the port, and exits when its standard input ends,
 * so that it dies with the benchmark that launched it.
 *
 * <pre>java -cp it-tests/benchmarks/target/benchmarks.jar org.smppconnector.benchmark.sink.SinkSmsc [port]</pre>
 * Port 0 (the default) picks a free one.
 */
public final class SinkSmsc {

    /** The start of the line printed once the server socket is listening. */
    public static final String LISTENING = "SINK LISTENING port=";

    private final ServerSocket server;
    private final AtomicLong connections = new AtomicLong();

    public SinkSmsc(int port) throws IOException {
        server = new ServerSocket(port, 1024, InetAddress.getLoopbackAddress());
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Accepts connections until the server socket is closed. */
    public void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread thread = new Thread(new SinkConnection(socket), "sink-conn-" + connections.incrementAndGet());
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("sink: accept failed: " + e);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        SinkSmsc sink = new SinkSmsc(port);
        Thread acceptor = new Thread(sink::acceptLoop, "sink-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        System.out.println(LISTENING + sink.port());
        System.out.flush();
        // Stay up until the launcher closes our standard input (or dies).
        InputStream in = System.in;
        byte[] discard = new byte[256];
        while (in.read(discard) >= 0) {
            // ignore anything written to us
        }
        System.exit(0);
    }
}
