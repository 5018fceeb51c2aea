package org.smppconnector.smpp.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduRequest;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.PduDecodeException;
import org.smppconnector.smpp.pdu.PduFrameDecoder;

/**
 * A tiny SMPP peer on a loopback server socket, for the transport tests: it accepts
 * connections and reads, sends and answers PDUs with the codec, with plain blocking sockets.
 */
final class SmppPeer implements Closeable {

    static final PduCodec CODEC = new PduCodec();

    private final ServerSocket server;

    private SmppPeer(ServerSocket server) {
        this.server = server;
    }

    static SmppPeer listen() throws IOException {
        return listen(0);
    }

    /** @param receiveBufferSize SO_RCVBUF of accepted sockets (0 for the default): small to make a slow peer */
    static SmppPeer listen(int receiveBufferSize) throws IOException {
        ServerSocket server = new ServerSocket();
        if (receiveBufferSize > 0) {
            server.setReceiveBufferSize(receiveBufferSize);
        }
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        return new SmppPeer(server);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connects a client with the plain connector and returns both ends. */
    Pair connect(ConnectionSettings settings) throws IOException {
        ConnectedSocket client = Connector.plain(Duration.ofSeconds(5)).connect("127.0.0.1", port());
        Side side = accept();
        return new Pair(new PduConnection(client, CODEC, settings), side);
    }

    Side accept() throws IOException {
        server.setSoTimeout((int) Await.DEFAULT.toMillis());
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) Await.DEFAULT.toMillis());
        return new Side(socket);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    record Pair(PduConnection connection, Side peer) {
    }

    /** The peer's end of one connection. */
    static final class Side implements Closeable {
        final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final PduFrameDecoder frames = new PduFrameDecoder(CODEC);
        private final byte[] buffer = new byte[8192];
        long bytesRead;

        Side(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** The next PDU; fails on a read timeout or end of stream. */
        Pdu read() throws IOException, PduDecodeException {
            while (true) {
                Pdu pdu = frames.next();
                if (pdu != null) {
                    return pdu;
                }
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("end of stream with " + frames.bufferedBytes() + " octets of an unfinished PDU");
                }
                bytesRead += n;
                frames.feed(buffer, 0, n);
            }
        }

        /** Reads until the stream ends; returns the octets that came, failing if they do not end on a PDU boundary. */
        int readUntilEnd() throws IOException, PduDecodeException {
            int pdus = 0;
            while (true) {
                while (frames.next() != null) {
                    pdus++;
                }
                int n = in.read(buffer);
                if (n < 0) {
                    if (frames.bufferedBytes() != 0) {
                        throw new IOException("stream ended inside a PDU");
                    }
                    return pdus;
                }
                bytesRead += n;
                frames.feed(buffer, 0, n);
            }
        }

        void send(Pdu... pdus) throws IOException {
            for (Pdu pdu : pdus) {
                out.write(CODEC.encode(pdu));
            }
            out.flush();
        }

        void sendRaw(byte[] octets, int offset, int length) throws IOException {
            out.write(octets, offset, length);
            out.flush();
        }

        /** Answers every request until the stream ends; returns how many it answered. */
        int answerUntilEnd() throws IOException, PduDecodeException {
            int answered = 0;
            while (true) {
                Pdu pdu;
                try {
                    pdu = read();
                } catch (IOException e) {
                    return answered;
                }
                if (pdu instanceof PduRequest) {
                    send(((PduRequest<?>) pdu).createResponse());
                    answered++;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
