package org.smppconnector.benchmark.session.driver;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.smppconnector.smpp.pdu.PduCodec;

/**
 * The raw pipelined client: our PDU codec on plain sockets, one writer and one reader thread per
 * session (see {@link RawConnection}). Not a product: it validates the harness and the sink, and
 * shows how far the codec and the socket go before any session engine.
 */
public final class RawPipelinedDriver implements LoadDriver {

    private final PduCodec codec = new PduCodec();
    private final List<RawConnection> connections = new ArrayList<>();

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public void open(InetSocketAddress smsc, int sessions, int window) throws Exception {
        for (int i = 0; i < sessions; i++) {
            connections.add(new RawConnection(codec, smsc, window, "raw-" + i));
        }
    }

    @Override
    public LoadRun prepare(long count, LatencyRecorder latencies) {
        Tickets tickets = new Tickets(count);
        Completion completion = new Completion(count);
        List<LoadRun.Sender> senders = new ArrayList<>();
        for (RawConnection connection : connections) {
            senders.add(() -> connection.sendAll(tickets, latencies, completion));
        }
        return new LoadRun("raw", senders, completion);
    }

    @Override
    public void close() {
        connections.forEach(RawConnection::close);
        connections.clear();
    }
}
