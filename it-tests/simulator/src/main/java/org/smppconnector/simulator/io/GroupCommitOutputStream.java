package org.smppconnector.simulator.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * An output stream for whole PDUs written from many threads, with group commit: each write
 * appends its PDU to a buffer under a short lock, and the thread that finds no write in
 * progress writes the whole buffer to the underlying stream, again and again until it is
 * empty. While one thread is in the socket's write call, the PDUs finished meanwhile go out
 * together in the next one: one system call for many PDUs when a window is kept full, and
 * still one per PDU, at once, when it is not. {@link #flush()} has nothing to do: once
 * {@code write} returns, the PDU is on its way, by this thread or the one writing.
 *
 * <p>When the underlying write fails, the PDUs queued behind it are lost with the connection,
 * and every later write fails.
 */
public class GroupCommitOutputStream extends OutputStream {
    private static final int INITIAL_BUFFER = 8192;

    private final OutputStream out;
    private final Object lock = new Object();
    private byte[] pending = new byte[INITIAL_BUFFER];
    private int pendingLength;
    private byte[] spare = new byte[INITIAL_BUFFER];
    private boolean writing;
    private IOException failure;

    public GroupCommitOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        throw new IOException("PDUs are written whole");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        write(b, off, len, null);
    }

    /**
     * Queues the bytes as one unit.
     *
     * @param whileQueued run under the queue's lock once the bytes are queued (may be null):
     *                    what it records is in the order of the bytes on the wire
     */
    public void write(byte[] b, int off, int len, Runnable whileQueued) throws IOException {
        synchronized (lock) {
            if (failure != null) {
                throw new IOException("the connection failed earlier: " + failure.getMessage(), failure);
            }
            if (pendingLength + len > pending.length) {
                pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + len));
            }
            System.arraycopy(b, off, pending, pendingLength, len);
            pendingLength += len;
            if (whileQueued != null) {
                whileQueued.run();
            }
            if (writing) {
                return; // the writing thread takes it along
            }
            writing = true;
        }
        drain();
    }

    private void drain() throws IOException {
        while (true) {
            byte[] chunk;
            int length;
            synchronized (lock) {
                if (pendingLength == 0) {
                    writing = false;
                    return;
                }
                chunk = pending;
                length = pendingLength;
                pending = spare;
                pendingLength = 0;
            }
            try {
                out.write(chunk, 0, length);
                out.flush();
            } catch (IOException e) {
                synchronized (lock) {
                    failure = e;
                    writing = false;
                    pendingLength = 0;
                }
                throw e;
            }
            synchronized (lock) {
                spare = chunk;
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
