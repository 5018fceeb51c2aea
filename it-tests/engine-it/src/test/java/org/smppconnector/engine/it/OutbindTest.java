package org.smppconnector.engine.it;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.smpp.pdu.DeliverSm;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.session.BindType;
import org.smppconnector.smpp.session.OutbindAcceptor;
import org.smppconnector.smpp.session.SmppSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SMSC outbinds to the engine, which binds as a receiver on that connection and takes the waiting receipt. */
class OutbindTest extends EngineHarness {

    @Test
    void aReceiptWaitingForAReceiverArrivesThroughTheOutbindsBind() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .receiptPolicy(ReceiptPolicy.builder().delay(Duration.ofMillis(10)).build()));
        LinkedBlockingQueue<DeliverSm> delivered = new LinkedBlockingQueue<>();
        AccountPool pool = start(account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .bindGroups(new BindGroup("", 1, 0, 0)).build(), (session, pdu) -> {
                    delivered.add((DeliverSm) pdu);
                    return CompletableFuture.completedFuture(null);
                });
        assertTrue(pool.awaitBound(1, WAIT));
        SubmitSm sm = submitSm("4512345678", "receipt by outbind");
        sm.setRegisteredDelivery(1);
        String id = pool.submit(sm).get(10, TimeUnit.SECONDS).getMessageId();
        smsc.await("the receipt waits for a receiver", WAIT, () -> smsc.pendingDeliveries("acme") == 1);

        OutbindAcceptor acceptor = pool.acceptOutbinds(InetAddress.getLoopbackAddress(), 0, "", WAIT);
        SimulatedSession outbound = smsc.outbind("acme", "127.0.0.1", acceptor.port());

        DeliverSm receipt = delivered.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(receipt != null && receipt.isDeliveryReceipt(), "a receipt: " + receipt);
        assertEquals(id, receipt.getTlvs().getString(Tag.RECEIPTED_MESSAGE_ID));
        smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 1, WAIT);
        assertEquals(BindKind.RECEIVER, outbound.bindKind());
        assertEquals(SimulatedSession.State.BOUND, outbound.state());
        assertEquals(1, pool.boundSessions().stream().filter(s -> s.bindType() == BindType.RECEIVER).count());
        assertEquals(1, pool.boundCount(), "the outbind's session is not a configured bind");

        pool.stop();
        smsc.await("the outbind's session closed", WAIT, () -> outbound.state() == SimulatedSession.State.CLOSED);
        assertTrue(outbound.unboundByEsme(), "stop() unbinds it too");
    }

    @Test
    void anOutbindWithTheWrongPasswordIsClosedUnanswered() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret"));
        AccountPool pool = start(account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .bindGroups(new BindGroup("", 1, 0, 0)).build(), (session, pdu) -> CompletableFuture.completedFuture(null));
        assertTrue(pool.awaitBound(1, WAIT));
        OutbindAcceptor acceptor = pool.acceptOutbinds(InetAddress.getLoopbackAddress(), 0, "", WAIT);

        SimulatedSession outbound = smsc.outbind("acme", "wrong", "127.0.0.1", acceptor.port());

        smsc.await("the engine closed the connection", WAIT, () -> outbound.state() == SimulatedSession.State.CLOSED);
        assertNull(outbound.bindKind(), "no bind came");
        assertEquals(1, pool.boundSessions().size());
        assertTrue(pool.boundSessions().stream().map(SmppSession::bindType).allMatch(t -> t == BindType.TRANSMITTER));
    }
}
