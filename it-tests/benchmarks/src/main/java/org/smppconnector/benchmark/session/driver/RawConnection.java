package org.smppconnector.benchmark.session.driver;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.HdrHistogram.Histogram;
import org.smppconnector.smpp.pdu.BaseBind;
import org.smppconnector.smpp.pdu.BindTransmitter;
import org.smppconnector.smpp.pdu.CommandId;
import org.smppconnector.smpp.pdu.EnquireLink;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.PduDecodeException;
import org.smppconnector.smpp.pdu.PduFrameDecoder;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Unbind;

/**
 * One bound transmitter of the raw pipelined client: our codec on a plain blocking socket, no
 * session engine. A writer thread (one per run) encodes as many submit_sm as the window has room
 * for into one buffer and writes it at once; a reader thread (for the connection's life) decodes
 * every response and matches it to its send time by sequence number. It shows what the codec and
 * the socket allow, the headroom a session engine can aim for.
 *
 * <p>Send times live in a ring indexed by sequence number, which is right as long as the SMSC
 * answers in order, as the sink does; a response that does not match fails the run.
 */
final class RawConnection implements Closeable {

    private static final int READ_BUFFER = 16 * 1024;
    private static final int WRITE_BUFFER = 64 * 1024;

    private final PduCodec codec;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final int window;
    private final long[] sentAt;
    private final int mask;
    private final CountDownLatch unbound = new CountDownLatch(1);
    private final Thread reader;

    /** Writer thread only. */
    private int lastSequence;
    private long sent;
    /** Written by the reader thread only. */
    private volatile long answered;
    private volatile Thread parkedWriter;
    private volatile Run run;

    private record Run(LatencyRecorder latencies, Completion completion) {
    }

    RawConnection(PduCodec codec, InetSocketAddress smsc, int window, String name) throws IOException, PduDecodeException {
        this.codec = codec;
        this.window = window;
        int ring = Integer.highestOneBit(Math.max(1024, window * 4) - 1) << 1;
        this.sentAt = new long[ring];
        this.mask = ring - 1;
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(smsc, 10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        PduFrameDecoder frames = new PduFrameDecoder(codec);
        bind(frames);
        reader = new Thread(() -> readLoop(frames), name + "-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void bind(PduFrameDecoder frames) throws IOException, PduDecodeException {
        BindTransmitter bind = new BindTransmitter();
        bind.setSystemId(Workload.SYSTEM_ID);
        bind.setPassword(Workload.PASSWORD);
        bind.setInterfaceVersion(BaseBind.VERSION_3_4);
        bind.setSequenceNumber(nextSequence());
        out.write(codec.encode(bind));
        byte[] buf = new byte[256];
        while (true) {
            int n = in.read(buf);
            if (n < 0) {
                throw new IOException("the SMSC closed the connection before bind_transmitter_resp");
            }
            frames.feed(buf, 0, n);
            Pdu pdu = frames.next();
            if (pdu != null) {
                if (pdu.getCommandId() != CommandId.BIND_TRANSMITTER_RESP || pdu.getCommandStatus() != 0) {
                    throw new IOException("bind refused: " + pdu);
                }
                if (frames.bufferedBytes() != 0) {
                    throw new IOException("unexpected octets after bind_transmitter_resp");
                }
                return;
            }
        }
    }

    /**
     * The body of this connection's writer in one run: takes messages from {@code tickets} and
     * sends them, keeping at most the window unanswered.
     */
    void sendAll(Tickets tickets, LatencyRecorder latencies, Completion completion) throws IOException {
        run = new Run(latencies, completion);
        SubmitSm submit = newSubmitSm();
        int pduLength = codec.encodedLength(submit);
        int perBatch = Math.max(1, WRITE_BUFFER / pduLength);
        byte[] buf = new byte[perBatch * pduLength];
        while (true) {
            long room = window - (sent - answered);
            if (room <= 0) {
                if (Thread.currentThread().isInterrupted()) {
                    return; // the run failed elsewhere
                }
                awaitRoom();
                continue;
            }
            int n = tickets.take((int) Math.min(room, perBatch));
            if (n == 0) {
                return;
            }
            int end = 0;
            for (int i = 0; i < n; i++) {
                int sequence = nextSequence();
                submit.setSequenceNumber(sequence);
                sentAt[sequence & mask] = System.nanoTime();
                end = codec.encode(submit, buf, end);
            }
            sent += n; // before the write: the answers may come back before it returns
            write(buf, end);
        }
    }

    /** Parks until the reader makes room; the volatile write/read pair on both sides prevents a lost wake-up. */
    private void awaitRoom() {
        parkedWriter = Thread.currentThread();
        while (window - (sent - answered) <= 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.park(this);
        }
        parkedWriter = null;
    }

    private void readLoop(PduFrameDecoder frames) {
        byte[] buf = new byte[READ_BUFFER];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                long now = System.nanoTime();
                frames.feed(buf, 0, n);
                Run current = run;
                Histogram histogram = current == null ? null : current.latencies.forThisThread();
                int done = 0;
                Pdu pdu;
                while ((pdu = frames.next()) != null) {
                    switch (pdu.getCommandId()) {
                        case CommandId.SUBMIT_SM_RESP -> {
                            if (pdu.getCommandStatus() != 0 || current == null) {
                                throw new IOException("unexpected " + pdu);
                            }
                            histogram.recordValue(now - sentAt[pdu.getSequenceNumber() & mask]);
                            done++;
                        }
                        case CommandId.ENQUIRE_LINK -> write(codec.encode(((EnquireLink) pdu).createResponse()));
                        case CommandId.UNBIND_RESP -> unbound.countDown();
                        default -> throw new IOException("unexpected " + pdu);
                    }
                }
                if (done > 0) {
                    answered = answered + done; // single writer
                    Thread writer = parkedWriter;
                    if (writer != null) {
                        LockSupport.unpark(writer);
                    }
                    current.completion.completed(done);
                }
            }
        } catch (IOException | PduDecodeException | RuntimeException e) {
            Run current = run;
            if (current != null && !socket.isClosed()) {
                current.completion.fail(e);
            }
        }
    }

    private void write(byte[] bytes) throws IOException {
        write(bytes, bytes.length);
    }

    private void write(byte[] bytes, int length) throws IOException {
        writeLock.lock();
        try {
            out.write(bytes, 0, length);
        } finally {
            writeLock.unlock();
        }
    }

    private int nextSequence() {
        lastSequence = lastSequence == Integer.MAX_VALUE ? 1 : lastSequence + 1;
        return lastSequence;
    }

    private static SubmitSm newSubmitSm() {
        SubmitSm submit = new SubmitSm();
        submit.setServiceType(Workload.SERVICE_TYPE);
        submit.setSource(Workload.SOURCE_TON, Workload.SOURCE_NPI, Workload.SOURCE);
        submit.setDestination(Workload.DEST_TON, Workload.DEST_NPI, Workload.DESTINATION);
        submit.setDataCoding(Workload.DATA_CODING);
        submit.setShortMessage(Workload.shortMessage());
        return submit;
    }

    /** Sends unbind, waits briefly for unbind_resp, closes the socket. */
    @Override
    public void close() {
        try {
            Unbind unbind = new Unbind();
            unbind.setSequenceNumber(nextSequence()); // runs are over: the writer thread is gone
            write(codec.encode(unbind));
            unbound.await(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            // closing anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
