package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.smpp.Tlvs;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.MultipartMethod;

/** Mobile-originated messages injected on demand, single or multipart, in any encoding. */
class MoTest {
    private SmscSimulator smsc;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .redeliveryDelay(Duration.ofMillis(50)).build().start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void singleGsm7Mo() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            InjectedMo mo = smsc.injectMo(MoMessage.to("acme").from("447700900123").toAddress("12345")
                    .text("Reply YES 42").build());
            DeliverSm deliverSm = esme.next();
            assertEquals("447700900123", deliverSm.getSourceAddr());
            assertEquals("12345", deliverSm.getDestAddress());
            assertEquals(0, deliverSm.getEsmClass());
            assertEquals(0, deliverSm.getDataCoding());
            assertEquals("Reply YES 42", new String(deliverSm.getShortMessage(), StandardCharsets.US_ASCII));
            mo.acknowledged().get(5, TimeUnit.SECONDS);
            assertEquals(1, smsc.count(Counter.MO_ACKNOWLEDGED));
        }
    }

    @Test
    void multipartByUdhInGsm7() throws Exception {
        String text = "0123456789".repeat(20); // 200 characters: two parts of at most 153
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            smsc.injectMo(MoMessage.to("acme").text(text).multipart(MultipartMethod.UDH_8BIT).reference(77).build());
            List<DeliverSm> parts = sortedByUdh(esme.next(2));
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            for (int i = 0; i < 2; i++) {
                byte[] sm = parts.get(i).getShortMessage();
                assertEquals(0x40, parts.get(i).getEsmClass() & 0x40, "UDHI set");
                assertArrayEquals(new byte[] {5, 0, 3, 77, 2, (byte) (i + 1)}, java.util.Arrays.copyOf(sm, 6));
                assertTrue(sm.length - 6 <= 153);
                whole.write(sm, 6, sm.length - 6);
            }
            assertEquals(text, whole.toString(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void multipartByUdhWithSixteenBitReferenceInUcs2() throws Exception {
        String text = "Привет, мир! 👋 ".repeat(8); // 128 UTF-16 units: two UCS-2 parts
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            smsc.injectMo(MoMessage.to("acme").text(text, Alphabet.UCS2).multipart(MultipartMethod.UDH_16BIT)
                    .reference(0x1234).build());
            List<DeliverSm> parts = sortedByUdh(esme.next(2));
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            for (DeliverSm part : parts) {
                assertEquals(8, part.getDataCoding());
                byte[] sm = part.getShortMessage();
                assertEquals(0x08, sm[1], "16-bit reference IE");
                assertEquals(0x12, sm[3]);
                assertEquals(0x34, sm[4]);
                whole.write(sm, 7, sm.length - 7);
            }
            assertEquals(text, whole.toString(StandardCharsets.UTF_16BE));
        }
    }

    @Test
    void multipartBySarInLatin1() throws Exception {
        String text = "é".repeat(150) + "ü".repeat(50);
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            smsc.injectMo(MoMessage.to("acme").text(text, Alphabet.LATIN1).multipart(MultipartMethod.SAR).build());
            List<DeliverSm> parts = esme.next(2);
            parts = parts.stream().sorted(Comparator.comparingLong(
                    p -> ReceiptTest.tlvs(p).unsigned(Tlvs.SAR_SEGMENT_SEQNUM))).toList();
            StringBuilder whole = new StringBuilder();
            for (DeliverSm part : parts) {
                assertEquals(3, part.getDataCoding());
                assertEquals(2, ReceiptTest.tlvs(part).unsigned(Tlvs.SAR_TOTAL_SEGMENTS));
                whole.append(new String(part.getShortMessage(), StandardCharsets.ISO_8859_1));
            }
            assertEquals(text, whole.toString());
        }
    }

    @Test
    void wholeByMessagePayload() throws Exception {
        String text = "long ".repeat(80);
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            smsc.injectMo(MoMessage.to("acme").text(text, Alphabet.ASCII).multipart(MultipartMethod.MESSAGE_PAYLOAD).build());
            DeliverSm deliverSm = esme.next();
            assertEquals(0, deliverSm.getShortMessage() == null ? 0 : deliverSm.getShortMessage().length);
            assertEquals(text, new String(ReceiptTest.tlvs(deliverSm).get(Tlvs.MESSAGE_PAYLOAD), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void anMoWaitsForAReceiverAndIsSentAgainUntilAcknowledged() throws Exception {
        InjectedMo mo = smsc.injectMo(MoMessage.to("acme").text("queued").build());
        smsc.await("the MO waits", Esme.WAIT, () -> smsc.pendingDeliveries("acme") == 1);
        assertFalse(mo.acknowledged().isDone());
        AtomicInteger calls = new AtomicInteger();
        try (Esme esme = Esme.bind(smsc, BindType.BIND_RX, "acme", "secret",
                deliverSm -> calls.incrementAndGet() == 1 ? SMPPConstant.STAT_ESME_RX_T_APPN : 0)) {
            mo.acknowledged().get(5, TimeUnit.SECONDS);
            assertEquals(2, esme.next(2).size());
            assertEquals(1, smsc.count(Counter.DELIVERIES_NACKED));
        }
    }

    private static List<DeliverSm> sortedByUdh(List<DeliverSm> parts) {
        return parts.stream().sorted(Comparator.comparingInt(p -> {
            byte[] sm = p.getShortMessage();
            return sm[sm[0]]; // the last header octet: the part number
        })).toList();
    }
}
