package org.smppconnector.smpp.session;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.pdu.BindReceiver;
import org.smppconnector.smpp.pdu.BindReceiverResp;
import org.smppconnector.smpp.pdu.DeliverSm;
import org.smppconnector.smpp.pdu.DeliverSmResp;
import org.smppconnector.smpp.pdu.Outbind;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.PduDecodeException;
import org.smppconnector.smpp.pdu.Unbind;
import org.smppconnector.smpp.session.time.ExecutorScheduler;
import org.smppconnector.smpp.transport.ConnectedSocket;
import org.smppconnector.smpp.transport.ConnectionClosedException;
import org.smppconnector.smpp.transport.ConnectionSettings;
import org.smppconnector.smpp.transport.PduConnection;
import org.smppconnector.smpp.transport.PduListener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutbindAcceptorTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final LinkedBlockingQueue<SmppSession> bound = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<Pdu> smscReceived = new LinkedBlockingQueue<>();
    private OutbindAcceptor acceptor;

    @AfterEach
    void tearDown() throws IOException {
        acceptor.close();
        executor.shutdownNow();
        timer.shutdownNow();
    }

    private void startAcceptor() throws IOException {
        acceptor = new OutbindAcceptor(SessionSettings.of("esme", "pw"), executor, new ExecutorScheduler(timer),
                new RetryTable(List.of()), (session, pdu) -> CompletableFuture.completedFuture(null),
                SmppSession.Listener.NONE, bound::add, Duration.ofSeconds(5)).start(InetAddress.getLoopbackAddress(), 0);
    }

    /** The SMSC's side: connects, sends outbind, answers the bind. */
    private PduConnection smscOutbind(String systemId, String password) throws Exception {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), acceptor.port());
        PduConnection smsc = new PduConnection(ConnectedSocket.of(socket), new PduCodec(), ConnectionSettings.defaults());
        smsc.start(executor, new PduListener() {
            @Override
            public void onPdu(Pdu pdu) {
                smscReceived.add(pdu);
                Pdu answer = null;
                if (pdu instanceof BindReceiver) {
                    BindReceiverResp resp = ((BindReceiver) pdu).createResponse();
                    resp.setSystemId("SMSC");
                    answer = resp;
                } else if (pdu instanceof Unbind) {
                    answer = ((Unbind) pdu).createResponse();
                }
                if (answer != null) {
                    try {
                        smsc.write(answer);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public void onDecodeError(PduDecodeException error) {
            }

            @Override
            public void onClosed(ConnectionClosedException reason) {
            }
        });
        Outbind outbind = new Outbind();
        outbind.setSystemId(systemId);
        outbind.setPassword(password);
        outbind.setSequenceNumber(1);
        smsc.write(outbind);
        return smsc;
    }

    @Test
    void outbindIsAnsweredWithBindReceiverAndDeliversThroughTheNewSession() throws Exception {
        startAcceptor();
        PduConnection smsc = smscOutbind("esme", "pw");
        BindReceiver bind = (BindReceiver) smscReceived.poll(10, TimeUnit.SECONDS);
        assertEquals("esme", bind.getSystemId());
        SmppSession session = bound.poll(10, TimeUnit.SECONDS);
        assertEquals(SmppSession.State.BOUND_RX, session.state());
        DeliverSm mo = new DeliverSm();
        mo.setSequenceNumber(9);
        smsc.write(mo);
        Pdu ack = smscReceived.poll(10, TimeUnit.SECONDS);
        assertTrue(ack instanceof DeliverSmResp);
        assertEquals(0, ack.getCommandStatus());
        session.close();
        assertTrue(smscReceived.poll(10, TimeUnit.SECONDS) instanceof Unbind);
        assertEquals(SmppSession.State.CLOSED, session.state());
    }

    @Test
    void outbindWithTheWrongPasswordIsClosedWithoutBinding() throws Exception {
        startAcceptor();
        PduConnection smsc = smscOutbind("esme", "nope");
        assertTrue(smsc.awaitClosed(10, TimeUnit.SECONDS), "the ESME closed the connection");
        assertTrue(smscReceived.isEmpty(), "no bind was sent");
        assertTrue(bound.isEmpty());
    }
}
