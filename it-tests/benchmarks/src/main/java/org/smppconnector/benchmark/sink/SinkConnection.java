package org.smppconnector.benchmark.sink;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;

/**
 * One connection of the {@link SinkSmsc}. Reads whatever has arrived, answers every complete PDU
 * in it from its header alone (no body is decoded) and writes all the answers of one read in one
 * write, so that a pipelining client gets its responses in batches as large as its requests.
 *
 * <p>Answers: bind_* with an OK resp (system_id "sink"), submit_sm with a submit_sm_resp whose
 * message_id is this connection's count in 8 hex digits, enquire_link and unbind with their
 * resp, any other request with generic_nack ESME_RINVCMDID. Responses from the client are
 * ignored. The client closes the connection after unbind_resp (closing it here at once could
 * reset it before the client has read the unbind_resp). A command_length outside
 * 16..{@value #MAX_PDU} closes the connection.
 */
final class SinkConnection implements Runnable {

    private static final int MAX_PDU = 70_000;
    private static final int HEADER = 16;

    private static final int BIND_RECEIVER = 0x00000001;
    private static final int BIND_TRANSMITTER = 0x00000002;
    private static final int SUBMIT_SM = 0x00000004;
    private static final int UNBIND = 0x00000006;
    private static final int BIND_TRANSCEIVER = 0x00000009;
    private static final int ENQUIRE_LINK = 0x00000015;
    private static final int RESPONSE_BIT = 0x80000000;
    private static final int GENERIC_NACK = 0x80000000;
    private static final int ESME_RINVCMDID = 0x00000003;

    private static final byte[] SYSTEM_ID = {'s', 'i', 'n', 'k', 0};
    private static final byte[] HEX = "0123456789abcdef".getBytes();
    /** submit_sm_resp: header, 8 hex digits, NUL. */
    private static final int SUBMIT_RESP_LENGTH = HEADER + 9;

    private final Socket socket;
    private byte[] in = new byte[64 * 1024];
    private final byte[] out = new byte[64 * 1024];
    private int outLength;
    private int messageCount;

    SinkConnection(Socket socket) {
        this.socket = socket;
    }

    @Override
    public void run() {
        try (Socket s = socket) {
            InputStream input = s.getInputStream();
            OutputStream output = s.getOutputStream();
            int have = 0;
            while (true) {
                int n = input.read(in, have, in.length - have);
                if (n < 0) {
                    return;
                }
                have += n;
                int pos = 0;
                while (have - pos >= HEADER) {
                    int length = int32(in, pos);
                    if (length < HEADER || length > MAX_PDU) {
                        return; // framing lost: nothing sensible to answer
                    }
                    if (have - pos < length) {
                        break;
                    }
                    if (outLength > out.length - 64) {
                        output.write(out, 0, outLength);
                        outLength = 0;
                    }
                    answer(int32(in, pos + 4), int32(in, pos + 12));
                    pos += length;
                }
                if (outLength > 0) {
                    output.write(out, 0, outLength);
                    outLength = 0;
                }
                have = keepTail(pos, have);
            }
        } catch (IOException e) {
            // the client went away: nothing to do
        }
    }

    /** Writes the answer to one request into the output buffer. */
    private void answer(int commandId, int sequence) {
        switch (commandId) {
            case SUBMIT_SM -> submitSmResp(sequence);
            case BIND_TRANSMITTER, BIND_RECEIVER, BIND_TRANSCEIVER -> {
                header(HEADER + SYSTEM_ID.length, commandId | RESPONSE_BIT, 0, sequence);
                System.arraycopy(SYSTEM_ID, 0, out, outLength, SYSTEM_ID.length);
                outLength += SYSTEM_ID.length;
            }
            case ENQUIRE_LINK, UNBIND -> header(HEADER, commandId | RESPONSE_BIT, 0, sequence);
            default -> {
                if ((commandId & RESPONSE_BIT) == 0) {
                    header(HEADER, GENERIC_NACK, ESME_RINVCMDID, sequence);
                }
            }
        }
    }

    private void submitSmResp(int sequence) {
        header(SUBMIT_RESP_LENGTH, SUBMIT_SM | RESPONSE_BIT, 0, sequence);
        int id = ++messageCount;
        for (int shift = 28; shift >= 0; shift -= 4) {
            out[outLength++] = HEX[(id >>> shift) & 0xF];
        }
        out[outLength++] = 0;
    }

    private void header(int length, int commandId, int status, int sequence) {
        putInt(length);
        putInt(commandId);
        putInt(status);
        putInt(sequence);
    }

    private void putInt(int value) {
        out[outLength] = (byte) (value >>> 24);
        out[outLength + 1] = (byte) (value >>> 16);
        out[outLength + 2] = (byte) (value >>> 8);
        out[outLength + 3] = (byte) value;
        outLength += 4;
    }

    /** Moves the incomplete PDU at {@code pos} to the front (growing the buffer for a large one); returns its octets. */
    private int keepTail(int pos, int have) {
        int tail = have - pos;
        if (tail > 0 && pos > 0) {
            System.arraycopy(in, pos, in, 0, tail);
        }
        if (tail >= 4) {
            int length = int32(in, 0);
            if (length > in.length && length <= MAX_PDU) {
                in = Arrays.copyOf(in, length);
            }
        }
        return tail;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }
}
