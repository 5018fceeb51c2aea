package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Address;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameters;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceIfPresentFlag;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.account.InvalidAccountException;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.Outcome;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.MultipartMethod;

/**
 * BulkSMS: 8-character passwords, 10 connections, bind groups (receipts to the group's latest
 * receiver, MOs to group "0"), service_type routing groups, registered_delivery 0 or 1, no
 * transient receipts, its refused operations, validity of at most 21 days, GSM-7 UDH multipart only.
 */
class BulkSmsProfileTest {
    private SmscSimulator smsc;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.bulkSms()).account("bulk", "pw12345")
                .receiptPolicy(ReceiptPolicy.builder().delay(Duration.ofMillis(20))
                        .otherwise(Outcome.of(DeliveryState.DELIVERED).withIntermediates(DeliveryState.ENROUTE)).build())
                .build().start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void passwordsOfAtMostEightCharacters() {
        assertThrows(InvalidAccountException.class, () -> smsc.addAccount("long", "123456789"));
        smsc.addAccount("short", "12345678");
    }

    @Test
    void tenConnectionsPerAccountAcrossGroups() throws Exception {
        List<Esme> binds = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                binds.add(bind(BindType.BIND_TX, String.valueOf(i % 3)));
            }
            Refused.bindWith(SMPPConstant.STAT_ESME_RBINDFAIL, () -> bind(BindType.BIND_TX, "0").close());
        } finally {
            binds.forEach(Esme::close);
        }
    }

    @Test
    void receiptsGoToTheLatestReceiverOfTheSubmittersGroup() throws Exception {
        try (Esme transmitterA = bind(BindType.BIND_TX, "1");
             Esme receiverE = bind(BindType.BIND_RX, "1");
             Esme receiverF = bind(BindType.BIND_RX, "0")) {
            String first = transmitterA.submit("447700900001", "group one");
            assertEquals(first, receiverE.next().getShortMessageAsDeliveryReceipt().getId());
            Esme receiverG = bind(BindType.BIND_RX, "1");
            String second = transmitterA.submit("447700900001", "G joined last");
            assertEquals(second, receiverG.next().getShortMessageAsDeliveryReceipt().getId());
            // G answers on its own thread: closing before the answer is in would hand the receipt on to E
            smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 2, Esme.WAIT);
            receiverG.close();
            smsc.await("G gone", Esme.WAIT, () -> smsc.boundSessions("bulk").size() == 3);
            String third = transmitterA.submit("447700900001", "back to E");
            assertEquals(third, receiverE.next().getShortMessageAsDeliveryReceipt().getId());
            assertFalse(receiverF.receivesWithin(Duration.ofMillis(100)), "group 0 got nothing of group 1");
            assertEquals(0, receiverG.received.size(), "G got only the one sent while it was latest");
        }
    }

    @Test
    void aNonNumericSystemTypeIsGroupZeroWhereMosGo() throws Exception {
        try (Esme logica = bind(BindType.BIND_TRX, "Logica");
             Esme groupTwo = bind(BindType.BIND_RX, "2")) {
            assertEquals("0", smsc.sessions("bulk").get(0).bindGroup());
            smsc.injectMo(MoMessage.to("bulk").text("to group zero").build()).acknowledged().get();
            assertEquals("to group zero", new String(logica.next().getShortMessage(), StandardCharsets.US_ASCII));
            assertFalse(groupTwo.receivesWithin(Duration.ofMillis(100)));
        }
    }

    @Test
    void onlySingleGsm7MosAreInjected() {
        assertThrows(IllegalArgumentException.class,
                () -> smsc.injectMo(MoMessage.to("bulk").text("Ψ", Alphabet.UCS2).build()));
        assertThrows(IllegalArgumentException.class,
                () -> smsc.injectMo(MoMessage.to("bulk").text("x".repeat(200)).multipart(MultipartMethod.UDH_8BIT).build()));
    }

    @Test
    void serviceTypeSelectsTheRoutingGroup() throws Exception {
        try (Esme esme = bind(BindType.BIND_TX, "0")) {
            for (String serviceType : new String[] {"1", "3", "abc", ""}) {
                esme.session.submitShortMessage(serviceType, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                        "4477", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "447700900002", new ESMClass(),
                        (byte) 0, (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0, Esme.dataCoding(0),
                        (byte) 0, "routed".getBytes());
            }
            assertEquals(List.of("1", "3", "2", "2"),
                    smsc.awaitMessages(4, Esme.WAIT).stream().map(ReceivedMessage::routingGroup).toList());
        }
    }

    @Test
    void anyNonZeroRegisteredDeliveryMeansAFinalReceiptAndNoTransientOne() throws Exception {
        try (Esme esme = bind(BindType.BIND_TRX, "0")) {
            String id = esme.submit("447700900003", 1, 1, "rd 2".getBytes(), 0, 0, 0x02);
            assertEquals(id, esme.next().getShortMessageAsDeliveryReceipt().getId(),
                    "0x02 is read as 0x01: a delivered message gets its receipt");
            smsc.await("final", Esme.WAIT, () -> smsc.messageState(id).orElseThrow().isFinal());
            assertFalse(esme.receivesWithin(Duration.ofMillis(150)), "ENROUTE is not relayed");
            assertEquals(1, smsc.count(Counter.RECEIPTS_SENT));
        }
    }

    @Test
    void unsupportedOperations() throws Exception {
        try (Esme esme = bind(BindType.BIND_TRX, "0")) {
            Refused.with(SMPPConstant.STAT_ESME_RINVCMDID, () -> esme.session.submitMultiple("", TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN, "4477", new Address[] {new Address(TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN, "447700900004")}, new ESMClass(), (byte) 0, (byte) 0, null,
                    null, new RegisteredDelivery(0), ReplaceIfPresentFlag.DEFAULT, Esme.dataCoding(0), (byte) 0,
                    "multi".getBytes()));
            Refused.with(SMPPConstant.STAT_ESME_RINVCMDID, () -> esme.session.dataShortMessage("",
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477", TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN, "447700900004", new ESMClass(), new RegisteredDelivery(0),
                    Esme.dataCoding(0)));
            String id = esme.submit("447700900004", "x");
            Refused.with(SMPPConstant.STAT_ESME_RINVCMDID, () -> esme.session.queryShortMessage(id,
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477000000"));
            Refused.with(SMPPConstant.STAT_ESME_RINVCMDID, () -> esme.session.cancelShortMessage("", id,
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477000000", TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN, "447700900004"));
        }
    }

    @Test
    void validityOfAtMostTwentyOneDays() throws Exception {
        try (Esme esme = bind(BindType.BIND_TX, "0")) {
            esme.submitWithTimes("447700900005", null, "000020000000000R");
            Refused.with(SMPPConstant.STAT_ESME_RINVEXPIRY, () -> esme.submitWithTimes("447700900005", null, "000022000000000R"));
            Refused.with(SMPPConstant.STAT_ESME_RINVEXPIRY, () -> esme.submitWithTimes("447700900005", null, "991231235959000+"));
            Refused.with(SMPPConstant.STAT_ESME_RINVSCHED, () -> esme.submitWithTimes("447700900005", "000001000000000R", null));
        }
    }

    @Test
    void multipartOnlyAsGsm7WithUdhAndNoFlash() throws Exception {
        try (Esme esme = bind(BindType.BIND_TX, "0")) {
            esme.submit("447700900006", 1, 1, MultipartTest.concat(new byte[] {5, 0, 3, 1, 2, 1}, "gsm".getBytes()), 0, 0x40, 0);
            Refused.with(SMPPConstant.STAT_ESME_RINVDCS, () -> esme.submit("447700900006", 1, 1,
                    MultipartTest.concat(new byte[] {5, 0, 3, 2, 2, 1}, "u".getBytes(StandardCharsets.UTF_16BE)), 8, 0x40, 0));
            Refused.with(SMPPConstant.STAT_ESME_RTLVNOTALLWD, () -> esme.submit("447700900006", 1, 1, "sar".getBytes(), 0, 0, 0,
                    OptionalParameters.newSarMsgRefNum((short) 1), OptionalParameters.newSarTotalSegments(2),
                    OptionalParameters.newSarSegmentSeqnum(1)));
            esme.submit("447700900006", 1, 1, "single UCS-2".getBytes(StandardCharsets.UTF_16BE), 8, 0, 0);
            Refused.with(SMPPConstant.STAT_ESME_RINVDCS, () -> esme.submit("447700900006", 1, 1, "flash".getBytes(), 0x10, 0, 0));
            Refused.with(SMPPConstant.STAT_ESME_RINVDCS, () -> esme.submit("447700900006", 1, 1, "flash".getBytes(), 0xF0, 0, 0));
        }
    }

    @Test
    void asynchronousModeManyInFlightOnOneSession() throws Exception {
        try (Esme esme = bind(BindType.BIND_TX, "0")) {
            java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(10);
            try {
                List<java.util.concurrent.Future<String>> ids = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    int n = i;
                    ids.add(senders.submit(() -> esme.submit("447700900007", "async " + n)));
                }
                java.util.Set<String> distinct = new java.util.HashSet<>();
                for (java.util.concurrent.Future<String> id : ids) {
                    distinct.add(id.get());
                }
                assertEquals(50, distinct.size());
            } finally {
                senders.shutdownNow();
            }
        }
    }

    private Esme bind(BindType type, String systemType) throws Exception {
        return Esme.bind(smsc.port(), type, "bulk", "pw12345", systemType, InterfaceVersion.IF_34);
    }
}
