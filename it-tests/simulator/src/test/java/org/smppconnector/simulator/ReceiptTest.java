package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.Outcome;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.smpp.Tlvs;

/** Delivery receipts: when, what they say, where they go, and redelivery until ESME_ROK. */
class ReceiptTest {
    private SmscSimulator smsc;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .receiptPolicy(ReceiptPolicy.builder().delay(Duration.ofMillis(50))
                        .rule("^1555", DeliveryState.UNDELIVERABLE, 11)
                        .rule("^1666", DeliveryState.EXPIRED, 0)
                        .rule("^1777", DeliveryState.REJECTED, 0x45)
                        .rule("^1888", Outcome.of(DeliveryState.DELIVERED)
                                .withIntermediates(DeliveryState.ACCEPTED, DeliveryState.ENROUTE))
                        .build())
                .redeliveryDelay(Duration.ofMillis(50)).deliveryTimeout(Duration.ofMillis(300))
                .housekeepingInterval(Duration.ofMillis(20))
                .build().start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void receiptTextAndTlvsReadByJsmpp() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            String id = esme.submit("4915100000001", "Hello from the test suite");
            DeliverSm deliverSm = esme.next();
            assertTrue(deliverSm.isSmscDeliveryReceipt());
            DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
            assertEquals(id, receipt.getId());
            assertEquals(DeliveryReceiptState.DELIVRD, receipt.getFinalStatus());
            assertEquals("000", receipt.getError());
            assertEquals(1, receipt.getDelivered());
            assertEquals("Hello from the test ", receipt.getText(), "the first 20 characters");
            assertEquals(id, tlvString(deliverSm, Tlvs.RECEIPTED_MESSAGE_ID));
            assertEquals(2, tlvs(deliverSm).unsigned(Tlvs.MESSAGE_STATE));
            assertEquals("4477000000", deliverSm.getDestAddress(), "a receipt goes back to the source");
            assertEquals("4915100000001", deliverSm.getSourceAddr());
        }
    }

    @Test
    void outcomesByDestinationPattern() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            esme.submit("15551234567", "a");
            DeliverSm undelivered = esme.next();
            esme.submit("16661234567", "b");
            DeliverSm expired = esme.next();
            esme.submit("17771234567", "c");
            DeliverSm rejected = esme.next();
            assertEquals(DeliveryReceiptState.UNDELIV, undelivered.getShortMessageAsDeliveryReceipt().getFinalStatus());
            assertEquals("011", undelivered.getShortMessageAsDeliveryReceipt().getError());
            assertEquals(5, tlvs(undelivered).unsigned(Tlvs.MESSAGE_STATE));
            byte[] networkError = tlvs(undelivered).get(Tlvs.NETWORK_ERROR_CODE);
            assertEquals(11, ((networkError[1] & 0xFF) << 8) | (networkError[2] & 0xFF));
            assertEquals(DeliveryReceiptState.EXPIRED, expired.getShortMessageAsDeliveryReceipt().getFinalStatus());
            assertEquals(DeliveryReceiptState.REJECTD, rejected.getShortMessageAsDeliveryReceipt().getFinalStatus());
            assertEquals("069", rejected.getShortMessageAsDeliveryReceipt().getError());
        }
    }

    @Test
    void intermediateStatesComeBeforeTheFinalOne() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            String id = esme.submit("18881234567", "with intermediates");
            List<DeliverSm> receipts = esme.next(3);
            for (DeliverSm receipt : receipts) {
                assertEquals(id, receipt.getShortMessageAsDeliveryReceipt().getId());
            }
            // the ESME may process them concurrently: the order is the one they were sent in
            assertEquals(List.of("ACCEPTD", "ENROUTE", "DELIVRD"), sentStates(smsc.awaitBound("acme", Esme.WAIT)));
        }
    }

    @Test
    void theReceiptWaitsForTheDelay() throws Exception {
        smsc.receiptPolicy(ReceiptPolicy.builder().delay(Duration.ofMillis(600)).build());
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            esme.submit("4915100000002", "slow receipt");
            assertFalse(esme.receivesWithin(Duration.ofMillis(200)), "not before the delay");
            assertNotNull(esme.next());
        }
    }

    @Test
    void registeredDeliverySelectsTheReceipts() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            esme.submit("4915100000003", 1, 1, "none".getBytes(), 1, 0, 0x00);
            esme.submit("4915100000003", 1, 1, "failure only, delivered".getBytes(), 1, 0, 0x02);
            String failed = esme.submit("15550000003", 1, 1, "failure only, failed".getBytes(), 1, 0, 0x02);
            DeliverSm only = esme.next();
            assertEquals(failed, only.getShortMessageAsDeliveryReceipt().getId());
            smsc.await("every message final", Esme.WAIT, () -> smsc.count(Counter.SUBMITS_ACCEPTED) == 3
                    && smsc.messages().stream().allMatch(m -> smsc.messageState(m.messageId()).orElseThrow().isFinal()));
            assertFalse(esme.receivesWithin(Duration.ofMillis(100)));
            assertEquals(1, smsc.count(Counter.RECEIPTS_SENT));
        }
    }

    @Test
    void aReceiptRefusedWithRxTAppnIsSentAgainUntilAcknowledged() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            AtomicInteger calls = new AtomicInteger();
            esme.answer = deliverSm -> calls.incrementAndGet() <= 2 ? SMPPConstant.STAT_ESME_RX_T_APPN : 0;
            String id = esme.submit("4915100000004", "retry me");
            List<DeliverSm> copies = esme.next(3);
            smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 1, Esme.WAIT);
            for (DeliverSm copy : copies) {
                assertEquals(id, copy.getShortMessageAsDeliveryReceipt().getId());
            }
            assertEquals(2, smsc.count(Counter.DELIVERIES_NACKED));
            assertEquals(3, smsc.count(Counter.RECEIPTS_SENT));
        }
    }

    @Test
    void anUnansweredReceiptIsSentAgain() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            esme.hold = new CountDownLatch(1);
            String id = esme.submit("4915100000005", "answer late");
            smsc.awaitCount(Counter.DELIVERIES_TIMED_OUT, 1, Esme.WAIT);
            esme.hold.countDown();
            smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 1, Esme.WAIT);
            List<DeliverSm> copies = esme.next(2);
            assertEquals(id, copies.get(1).getShortMessageAsDeliveryReceipt().getId());
        }
    }

    @Test
    void receiptsWaitForAReceiverAndGoToItWhenTheSubmitterCannotReceive() throws Exception {
        try (Esme transmitter = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret")) {
            String id = transmitter.submit("4915100000006", "to the receiver");
            smsc.await("the receipt waits", Esme.WAIT, () -> smsc.pendingDeliveries("acme") == 1);
            try (Esme receiver = Esme.bind(smsc, BindType.BIND_RX, "acme", "secret")) {
                assertEquals(id, receiver.next().getShortMessageAsDeliveryReceipt().getId());
            }
        }
    }

    /** The stat: of each receipt the session was sent, in order. */
    static List<String> sentStates(org.smppconnector.simulator.session.SimulatedSession session) {
        return session.pdus("deliver_sm", org.smppconnector.simulator.record.Direction.SENT).stream()
                .map(pdu -> pdu.field("short_message").replaceAll(".*stat:(\\w+).*", "$1")).toList();
    }

    static Tlvs tlvs(DeliverSm deliverSm) {
        return Tlvs.of(deliverSm.getOptionalParameters());
    }

    static String tlvString(DeliverSm deliverSm, int tag) {
        OptionalParameter parameter = deliverSm.getOptionalParameter((short) tag);
        return ((OptionalParameter.OctetString) parameter).getValueAsString().replace("\0", "");
    }
}
