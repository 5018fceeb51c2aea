package org.smppconnector.simulator.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.record.Counter;

/**
 * The SMSC's side of an outbind (SMPP 3.4 section 2.2.1): it connects to an ESME, sends
 * outbind with the ESME's system_id and password, and from then on serves the connection like
 * an accepted one: the ESME answers with bind_receiver (SMPP 5.0 also allows bind_transceiver),
 * which is checked like any bind; once bound, the account's pending receipts and MOs are
 * delivered on it. jSMPP's {@code SMPPOutboundSession} plays this role too, but as a session of
 * its own kind; this way the connection is an ordinary {@link ServerSession}, with the same
 * records, faults and delivery window as every other.
 */
public final class Outbinder {

    private final SessionServices services;

    public Outbinder(SessionServices services) {
        this.services = services;
    }

    /**
     * @return the new session, waiting for the ESME's bind (as long as the bind timeout)
     * @throws IOException when the ESME cannot be reached or the outbind not written
     */
    public SimulatedSession outbind(String systemId, String password, String host, int port, Duration connectTimeout)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            ServerSession session = new ServerSession(services.registry().nextId(),
                    new OutbindOrigin(new Endpoint("outbind", host, port, false)), socket, services);
            session.sendOutbind(systemId, password);
            services.counters().increment(Counter.OUTBINDS_SENT);
            session.start();
            services.signal().changed();
            return session;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** An outbind's connection: only a receiving bind may follow it. */
    private record OutbindOrigin(Endpoint endpoint) implements Origin {
        @Override
        public boolean isRefusingBinds() {
            return false;
        }

        @Override
        public boolean allowsBind(BindKind kind) {
            return kind.canReceive();
        }
    }
}
