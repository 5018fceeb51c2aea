package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameters;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.Outcome;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.simulator.text.Alphabet;

/**
 * Mobile Text Alerts: TLS only, E.164 destinations with TON 1 / NPI 1, data codings 0 (as
 * ASCII), 1, 3, 8, UDH concatenation, query_sm and cancel_sm, receipts with esm_class 0x04,
 * idle sessions closed.
 */
class MobileTextAlertsProfileTest {
    private static final String E164 = "+12125551234";

    private SmscSimulator smsc;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.mobileTextAlerts().toBuilder()
                        .inactivityTimeout(Duration.ofMillis(1500)).build()) // short, but not so short that a loaded machine trips it mid-test
                .account("mta", "pw").housekeepingInterval(Duration.ofMillis(20))
                .receiptPolicy(ReceiptPolicy.builder().delay(Duration.ofMillis(20)).rule("^\\+1999", Outcome.never()).build())
                .build().start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    private Esme bind(BindType type) throws IOException {
        return Esme.bind(Esme.tls(smsc.tls().clientContext()), "localhost", smsc.port(), new BindParameter(type, "mta",
                "pw", "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null, InterfaceVersion.IF_34));
    }

    @Test
    void plainTcpIsRefused() {
        assertTrue(smsc.endpoints().stream().allMatch(e -> e.tls()));
        SMPPSession plain = new SMPPSession();
        try {
            assertThrows(IOException.class, () -> plain.connectAndBind("127.0.0.1", smsc.port(),
                    new BindParameter(BindType.BIND_TRX, "mta", "pw", "", TypeOfNumber.UNKNOWN,
                            NumberingPlanIndicator.UNKNOWN, null), 1000));
        } finally {
            plain.close();
        }
    }

    @Test
    void e164DestinationsWithTonOneAndNpiOne() throws Exception {
        try (Esme esme = bind(BindType.BIND_TX)) {
            esme.submit(E164, 1, 1, "ok".getBytes(), 1, 0, 0);
            Refused.with(SMPPConstant.STAT_ESME_RINVDSTADR, () -> esme.submit("12125551234", 1, 1, "no plus".getBytes(), 1, 0, 0));
            Refused.with(SMPPConstant.STAT_ESME_RINVDSTADR, () -> esme.submit("+1212", 1, 1, "too short".getBytes(), 1, 0, 0));
            Refused.with(SMPPConstant.STAT_ESME_RINVDSTTON, () -> esme.submit(E164, 0, 1, "ton 0".getBytes(), 1, 0, 0));
            Refused.with(SMPPConstant.STAT_ESME_RINVDSTNPI, () -> esme.submit(E164, 1, 0, "npi 0".getBytes(), 1, 0, 0));
        }
    }

    @Test
    void dataCodingZeroIsAsciiAndOnlyItsFourCodingsPass() throws Exception {
        try (Esme esme = bind(BindType.BIND_TX)) {
            esme.submit(E164, 1, 1, "snake_case {x}".getBytes(StandardCharsets.US_ASCII), 0, 0, 0);
            esme.submit(E164, 1, 1, "ascii".getBytes(StandardCharsets.US_ASCII), 1, 0, 0);
            esme.submit(E164, 1, 1, "café".getBytes(StandardCharsets.ISO_8859_1), 3, 0, 0);
            esme.submit(E164, 1, 1, "日本".getBytes(StandardCharsets.UTF_16BE), 8, 0, 0);
            Refused.with(SMPPConstant.STAT_ESME_RINVDCS, () -> esme.submit(E164, 1, 1, "bin".getBytes(), 4, 0, 0));
            Refused.with(SMPPConstant.STAT_ESME_RSUBMITFAIL,
                    () -> esme.submit(E164, 1, 1, "café".getBytes(StandardCharsets.ISO_8859_1), 0, 0, 0));
            assertEquals(java.util.List.of("snake_case {x}", "ascii", "café", "日本"),
                    smsc.awaitMessages(4, Esme.WAIT).stream().map(ReceivedMessage::text).toList());
        }
    }

    @Test
    void anMoUnderDataCodingZeroIsAsciiNeverGsm7() throws Exception {
        String text = "Price: $5 @ shop_1 {ok}";
        try (Esme esme = bind(BindType.BIND_TRX)) {
            InjectedMo mo = smsc.injectMo(MoMessage.to("mta").from(E164, 1, 1).toAddress("+12125550000", 1, 1)
                    .text(text, Alphabet.ASCII).dataCoding(0).build());
            DeliverSm deliverSm = esme.next();
            assertEquals(0, deliverSm.getDataCoding());
            assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), deliverSm.getShortMessage());
            mo.acknowledged().get(5, TimeUnit.SECONDS);
        }
        IllegalArgumentException gsm7 = assertThrows(IllegalArgumentException.class,
                () -> smsc.injectMo(MoMessage.to("mta").from(E164, 1, 1).text(text).build()));
        assertTrue(gsm7.getMessage().contains("reads data_coding 0 as ASCII"), gsm7.getMessage());
        assertEquals(1, smsc.count(Counter.MO_INJECTED), "the GSM-7 one was never sent");
    }

    @Test
    void longMessagesByUdhOnly() throws Exception {
        try (Esme esme = bind(BindType.BIND_TX)) {
            esme.submit(E164, 1, 1, MultipartTest.concat(new byte[] {5, 0, 3, 4, 2, 1}, "one ".getBytes()), 1, 0x40, 0);
            esme.submit(E164, 1, 1, MultipartTest.concat(new byte[] {5, 0, 3, 4, 2, 2}, "two".getBytes()), 1, 0x40, 0);
            assertEquals("one two", smsc.awaitMessages(1, Esme.WAIT).get(0).text());
            Refused.with(SMPPConstant.STAT_ESME_RTLVNOTALLWD, () -> esme.submit(E164, 1, 1, "sar".getBytes(), 1, 0, 0,
                    OptionalParameters.newSarMsgRefNum((short) 1), OptionalParameters.newSarTotalSegments(2),
                    OptionalParameters.newSarSegmentSeqnum(1)));
        }
    }

    @Test
    void queryAndCancel() throws Exception {
        try (Esme esme = bind(BindType.BIND_TRX)) {
            String pending = esme.submit("+19995550000", 1, 1, "stays pending".getBytes(), 1, 0, 1);
            assertEquals(MessageState.ENROUTE, esme.session.queryShortMessage(pending, TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN, "4477000000").getMessageState());
            esme.session.cancelShortMessage("", pending, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                    "4477000000", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "+19995550000");
            assertEquals(MessageState.DELETED, esme.session.queryShortMessage(pending, TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN, "4477000000").getMessageState());
            assertEquals(DeliveryState.DELETED, smsc.messageState(pending).orElseThrow());
        }
    }

    @Test
    void receiptsCarryEsmClassFourAndTheFirstTwentyCharacters() throws Exception {
        try (Esme esme = bind(BindType.BIND_TRX)) {
            String id = esme.submit(E164, 1, 1, "A reply from Mobile Text Alerts".getBytes(), 1, 0, 1);
            DeliverSm receipt = esme.next();
            assertEquals(0x04, receipt.getEsmClass());
            String text = MittoProfileTest.text(receipt);
            assertTrue(text.startsWith("id:" + id + " "), text);
            assertTrue(text.endsWith(" text:A reply from Mobile "), text);
        }
    }

    @Test
    void idleSessionsAreClosedActiveOnesKept() throws Exception {
        try (Esme idle = bind(BindType.BIND_TRX); Esme active = bind(BindType.BIND_TRX)) {
            active.session.setEnquireLinkTimer(100);
            java.util.List<SimulatedSession> sessions = smsc.awaitBound("mta", 2, Esme.WAIT);
            smsc.await("the idle session closed", Esme.WAIT,
                    () -> sessions.stream().anyMatch(s -> s.state() == SimulatedSession.State.CLOSED));
            SimulatedSession closed = sessions.stream().filter(s -> s.state() == SimulatedSession.State.CLOSED)
                    .findFirst().orElseThrow();
            assertTrue(closed.closeReason().startsWith("inactivity"), closed.closeReason());
            assertEquals(1, smsc.boundSessions("mta").size(), "the session sending enquire_link stays");
            assertEquals(SessionState.BOUND_TRX, active.session.getSessionState());
        }
    }
}
