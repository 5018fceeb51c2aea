package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.profile.Profile;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.simulator.smpp.Tlvs;
import org.smppconnector.simulator.text.Alphabet;

/**
 * GatewayAPI: TON 0/1, its data codings, no scheduling; receipts round-robin over all the
 * account's receivers, ENROUTE after DELIVRD, text from user_message_reference, err in base
 * 10 of the hex code; the pause when deliver_sm go unanswered; the queue of undelivered receipts.
 */
class GatewayApiProfileTest {
    private SmscSimulator smsc;

    private SmscSimulator start(Profile profile, ReceiptPolicy policy) throws Exception {
        SmscSimulator.Builder builder = SmscSimulator.builder(profile).account("gw", "pw")
                .endpoint("tls", 0, true).endpoint("second-host", 0, false)
                .housekeepingInterval(Duration.ofMillis(20));
        if (policy != null) {
            builder.receiptPolicy(policy);
        }
        smsc = builder.build().start();
        return smsc;
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void destinationTonZeroOrOneOnly() throws Exception {
        start(Profiles.gatewayApi(), null);
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "gw", "pw")) {
            esme.submit("4512345678", 0, 1, "ton 0".getBytes(), 0, 0, 0);
            esme.submit("4512345678", 1, 1, "ton 1".getBytes(), 0, 0, 0);
            Refused.with(SMPPConstant.STAT_ESME_RINVDSTTON, () -> esme.submit("4512345678", 2, 1, "ton 2".getBytes(), 0, 0, 0));
        }
    }

    @Test
    void itsDataCodingsOnly() throws Exception {
        start(Profiles.gatewayApi(), null);
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "gw", "pw")) {
            for (int dcs : new int[] {0, 2, 3, 4, 6, 8, 24, 240}) {
                byte[] payload = dcs == 8 || dcs == 24 ? "ok".getBytes(StandardCharsets.UTF_16BE) : "ok".getBytes();
                esme.submit("4512345678", 1, 1, payload, dcs, 0, 0);
            }
            for (int dcs : new int[] {1, 5, 7, 14, 0x10}) {
                Refused.with(SMPPConstant.STAT_ESME_RINVDCS, () -> esme.submit("4512345678", 1, 1, "x".getBytes(), dcs, 0, 0));
            }
            List<ReceivedMessage> messages = smsc.awaitMessages(8, Esme.WAIT);
            assertEquals(Alphabet.UCS2, messages.get(6).alphabet(), "24 is UCS-2 with the flash flag");
            assertEquals(Alphabet.GSM7, messages.get(7).alphabet(), "240 is GSM-7 with the flash flag");
            assertEquals("ok", messages.get(6).text());
        }
    }

    @Test
    void noSchedulingAndSubmitSmOnly() throws Exception {
        start(Profiles.gatewayApi(), null);
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "gw", "pw")) {
            Refused.with(SMPPConstant.STAT_ESME_RINVSCHED, () -> esme.submitWithTimes("4512345678", "000001000000000R", null));
            String id = esme.submit("4512345678", "x");
            Refused.with(SMPPConstant.STAT_ESME_RINVCMDID, () -> esme.session.queryShortMessage(id,
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477000000"));
        }
    }

    @Test
    void itsTlvsAreKeptWithTheMessage() throws Exception {
        start(Profiles.gatewayApi(), null);
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "gw", "pw")) {
            esme.submit("4512345678", 1, 1, "flash".getBytes(), 0, 0, 0,
                    new OptionalParameter.Byte((short) Tlvs.DEST_ADDR_SUBUNIT, (byte) 1),
                    new OptionalParameter.OctetString((short) Tlvs.GATEWAYAPI_MESSAGE_CLASS, "premium".getBytes()));
            ReceivedMessage message = smsc.awaitMessages(1, Esme.WAIT).get(0);
            assertEquals(1, message.tlvs().unsigned(Tlvs.DEST_ADDR_SUBUNIT));
            assertArrayEquals("premium".getBytes(), message.tlvs().get(Tlvs.GATEWAYAPI_MESSAGE_CLASS));
        }
    }

    @Test
    void receiptsGoRoundRobinOverAllReceivingSessionsOfBothHosts() throws Exception {
        start(Profiles.gatewayApi(), ReceiptPolicy.builder().delay(Duration.ofMillis(20)).build());
        try (Esme transmitter = Esme.bind(smsc, BindType.BIND_TRX, "gw", "pw");
             Esme first = Esme.bind(smsc, BindType.BIND_RX, "gw", "pw");
             Esme second = Esme.bind(smsc.endpoint("second-host").port(), BindType.BIND_RX, "gw", "pw", "",
                     InterfaceVersion.IF_34)) {
            smsc.awaitBound("gw", 3, Esme.WAIT);
            for (int i = 0; i < 6; i++) {
                transmitter.submit("4512345678", "spread " + i);
            }
            smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 6, Esme.WAIT);
            assertEquals(2, first.received.size());
            assertEquals(2, second.received.size());
            assertEquals(2, transmitter.received.size(), "the submitter gets its turn like any receiver");
        }
    }

    @Test
    void enrouteArrivesAfterDelivrdWithTheUserMessageReferenceAsText() throws Exception {
        start(Profiles.gatewayApi(), null);
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "gw", "pw")) {
            String id = esme.submit("4512345678", 1, 1, "hi".getBytes(), 0, 0, 1,
                    new OptionalParameter.User_message_reference((short) 12345));
            List<DeliverSm> receipts = esme.next(2);
            SimulatedSession session = smsc.awaitBound("gw", Esme.WAIT);
            assertEquals(List.of("DELIVRD", "ENROUTE"), ReceiptTest.sentStates(session));
            for (DeliverSm receipt : receipts) {
                String text = MittoProfileTest.text(receipt);
                assertTrue(text.startsWith("id:" + id + " "), text);
                assertTrue(text.endsWith(" text:12345"), text);
                assertEquals(12345, ReceiptTest.tlvs(receipt).unsigned(Tlvs.USER_MESSAGE_REFERENCE));
            }
        }
    }

    @Test
    void errIsTheBaseTenOfTheLowHexDigits() throws Exception {
        start(Profiles.gatewayApi(), ReceiptPolicy.builder().delay(Duration.ofMillis(20))
                .rule("^4599", DeliveryState.UNDELIVERABLE, 0x107E).build());
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "gw", "pw")) {
            esme.submit("4599000000", "fails");
            String text = MittoProfileTest.text(esme.next());
            assertTrue(text.contains("stat:UNDELIV err:126"), text);
        }
    }

    @Test
    void sendingPausesWhileTooManyDeliverSmAreUnanswered() throws Exception {
        start(Profiles.gatewayApi().toBuilder().deliveryWindow(3).build(),
                ReceiptPolicy.builder().delay(Duration.ofMillis(10)).build());
        try (Esme transmitter = Esme.bind(smsc, BindType.BIND_TX, "gw", "pw");
             Esme receiver = Esme.bind(smsc, BindType.BIND_RX, "gw", "pw")) {
            receiver.hold = new CountDownLatch(1);
            SimulatedSession session = smsc.awaitBound("gw", 2, Esme.WAIT).stream()
                    .filter(s -> s.bindKind().canReceive()).findFirst().orElseThrow();
            for (int i = 0; i < 7; i++) {
                transmitter.submit("4512345678", "many " + i);
            }
            // In flight counts a deliver_sm from just before its write, the sent counter from just
            // after it: wait for both, then 3 out and 4 held back is the window at work.
            smsc.await("3 sent and unanswered, 4 waiting", Esme.WAIT,
                    () -> smsc.count(Counter.RECEIPTS_SENT) == 3
                            && session.unacknowledgedDeliveries() == 3 && session.queuedDeliveries() == 4);
            receiver.hold.countDown();
            smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 7, Esme.WAIT);
            assertEquals(7, smsc.count(Counter.RECEIPTS_SENT));
        }
    }

    @Test
    void undeliveredReceiptsAreKeptUpToTheCapForTheRetention() throws Exception {
        start(Profiles.gatewayApi().toBuilder().pendingCapacity(2).pendingRetention(Duration.ofMillis(400)).build(),
                ReceiptPolicy.builder().delay(Duration.ofMillis(5)).build());
        try (Esme transmitter = Esme.bind(smsc, BindType.BIND_TX, "gw", "pw")) {
            for (int i = 0; i < 3; i++) {
                transmitter.submit("4512345678", "nobody listens " + i);
            }
            smsc.awaitCount(Counter.DELIVERIES_DISCARDED, 1, Esme.WAIT);
            assertEquals(2, smsc.pendingDeliveries("gw"), "the cap keeps two");
            smsc.awaitCount(Counter.DELIVERIES_DISCARDED, 3, Esme.WAIT);
            assertEquals(0, smsc.pendingDeliveries("gw"), "the retention drops the rest");
        }
    }

    @Test
    void aTlsPortBesideThePlainOne() throws Exception {
        start(Profiles.gatewayApi(), null);
        assertTrue(smsc.endpoint("tls").tls());
        try (Esme esme = Esme.bind(Esme.tls(smsc.tls().clientContext()), "localhost", smsc.endpoint("tls").port(),
                new org.jsmpp.session.BindParameter(BindType.BIND_TX, "gw", "pw", "", TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN, null, InterfaceVersion.IF_34))) {
            esme.submit("4512345678", "over TLS");
        }
    }
}
