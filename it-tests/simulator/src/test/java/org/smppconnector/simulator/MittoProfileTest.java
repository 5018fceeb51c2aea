package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.smpp.Tlvs;

/** Mitto: SMPP 3.4 only, 4 sessions, submit_sm and data_sm, 153/67-character parts, receipts without text. */
class MittoProfileTest {
    private SmscSimulator smsc;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.mitto()).account("mitto", "pw")
                .receiptPolicy(ReceiptPolicy.builder().rule("^1999", DeliveryState.UNKNOWN, 0)
                        .rule("^1888", DeliveryState.REJECTED, 0).build())
                .build().start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void fourSessionsPerAccount() throws Exception {
        List<Esme> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                sessions.add(Esme.bind(smsc, i % 2 == 0 ? BindType.BIND_TRX : BindType.BIND_RX, "mitto", "pw"));
            }
            Refused.bindWith(SMPPConstant.STAT_ESME_RBINDFAIL,
                    () -> Esme.bind(smsc, BindType.BIND_TX, "mitto", "pw").close());
        } finally {
            sessions.forEach(Esme::close);
        }
    }

    @Test
    void smpp33IsRefused() throws Exception {
        Refused.bindWith(SMPPConstant.STAT_ESME_RBINDFAIL, () -> Esme.bind(smsc.port(), BindType.BIND_TRX, "mitto",
                "pw", "", InterfaceVersion.IF_33).close());
        Esme.bind(smsc.port(), BindType.BIND_TRX, "mitto", "pw", "", InterfaceVersion.IF_34).close();
    }

    @Test
    void submitAndDataSmOnly() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "mitto", "pw")) {
            String id = esme.submit("4915100000001", "plain");
            esme.session.dataShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477",
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4915100000001", new ESMClass(),
                    new RegisteredDelivery(0), Esme.dataCoding(1),
                    new OptionalParameter.OctetString((short) Tlvs.MESSAGE_PAYLOAD, "data".getBytes(StandardCharsets.US_ASCII)));
            Refused.with(SMPPConstant.STAT_ESME_RINVCMDID, () -> esme.session.queryShortMessage(id,
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477000000"));
            Refused.with(SMPPConstant.STAT_ESME_RINVCMDID, () -> esme.session.cancelShortMessage("", id,
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477000000", TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN, "4915100000001"));
        }
    }

    @Test
    void longTextPartsOfAtMost153Gsm7Or67Ucs2Characters() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "mitto", "pw")) {
            byte[] udh = {5, 0, 3, 1, 2, 1};
            esme.submit("4915100000002", 1, 1, MultipartTest.concat(udh, "a".repeat(153).getBytes()), 0x00, 0x40, 0);
            Refused.with(SMPPConstant.STAT_ESME_RINVMSGLEN, () -> esme.submit("4915100000002", 1, 1,
                    MultipartTest.concat(udh, "a".repeat(154).getBytes()), 0x00, 0x40, 0));
            byte[] udh2 = {5, 0, 3, 2, 2, 1};
            esme.submit("4915100000002", 1, 1, MultipartTest.concat(udh2,
                    "я".repeat(67).getBytes(StandardCharsets.UTF_16BE)), 0x08, 0x40, 0);
            Refused.with(SMPPConstant.STAT_ESME_RINVMSGLEN, () -> esme.submit("4915100000002", 1, 1,
                    MultipartTest.concat(udh2, "я".repeat(68).getBytes(StandardCharsets.UTF_16BE)), 0x08, 0x40, 0));
        }
    }

    @Test
    void receiptsHaveNoTextFieldAndReachAReceiver() throws Exception {
        try (Esme transmitter = Esme.bind(smsc, BindType.BIND_TX, "mitto", "pw");
             Esme receiver = Esme.bind(smsc, BindType.BIND_RX, "mitto", "pw")) {
            transmitter.submit("4915100000003", "delivered");
            transmitter.submit("19991234567", "unknown");
            transmitter.submit("18881234567", "rejected");
            List<String> texts = receiver.next(3).stream()
                    .map(d -> new String(d.getShortMessage(), StandardCharsets.US_ASCII)).sorted().toList();
            for (String text : texts) {
                assertFalse(text.contains("text:"), text);
                assertTrue(text.matches("id:\\d+ sub:001 dlvrd:00[01] submit date:\\d{10} done date:\\d{10} stat:\\w{7} err:\\d{3}"), text);
            }
            assertEquals(List.of("DELIVRD", "REJECTD", "UNKNOWN"),
                    texts.stream().map(t -> t.replaceAll(".*stat:(\\w+).*", "$1")).sorted().toList());
        }
    }

    static String text(DeliverSm deliverSm) {
        return new String(deliverSm.getShortMessage(), StandardCharsets.US_ASCII);
    }
}
