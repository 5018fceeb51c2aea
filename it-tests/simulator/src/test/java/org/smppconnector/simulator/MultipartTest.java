package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameters;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.smpp.Tlvs;
import org.smppconnector.simulator.text.MultipartMethod;

/** Long messages by each method are reassembled and recorded as one message, with their parts. */
class MultipartTest {
    private SmscSimulator smsc;
    private Esme esme;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .reassemblyTimeout(Duration.ofMillis(300)).housekeepingInterval(Duration.ofMillis(20))
                .build().start();
        esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret");
    }

    @AfterEach
    void stop() {
        esme.close();
        smsc.stop();
    }

    @Test
    void udhWithEightBitReference() throws Exception {
        String[] texts = {"first part, ", "second part, ", "third part"};
        for (int i = 0; i < 3; i++) {
            esme.submit("4915100000001", 1, 1, concat(new byte[] {5, 0, 3, 0x42, 3, (byte) (i + 1)},
                    texts[i].getBytes(StandardCharsets.US_ASCII)), 0x00, 0x40, 0);
        }
        ReceivedMessage message = smsc.awaitMessages(1, Esme.WAIT).get(0);
        assertEquals("first part, second part, third part", message.text());
        assertEquals(MultipartMethod.UDH_8BIT, message.method());
        assertEquals(3, message.parts().size());
        assertEquals(3, message.messageIds().stream().distinct().count(), "each part has its own message id");
        assertEquals(0x42, message.parts().get(0).reference());
        assertEquals(3, smsc.count(Counter.SUBMITS_ACCEPTED));
        assertEquals(1, smsc.count(Counter.MESSAGES_RECEIVED));
    }

    @Test
    void udhWithSixteenBitReferenceInUcs2AcrossASurrogatePairAndOutOfOrder() throws Exception {
        byte[] whole = "ab😀cd".getBytes(StandardCharsets.UTF_16BE); // the emoji's pair straddles the parts
        byte[] one = java.util.Arrays.copyOfRange(whole, 0, 6);
        byte[] two = java.util.Arrays.copyOfRange(whole, 6, whole.length);
        esme.submit("4915100000002", 1, 1, concat(new byte[] {6, 8, 4, 0x12, 0x34, 2, 2}, two), 0x08, 0x40, 0);
        esme.submit("4915100000002", 1, 1, concat(new byte[] {6, 8, 4, 0x12, 0x34, 2, 1}, one), 0x08, 0x40, 0);
        ReceivedMessage message = smsc.awaitMessages(1, Esme.WAIT).get(0);
        assertEquals("ab😀cd", message.text());
        assertEquals(MultipartMethod.UDH_16BIT, message.method());
        assertEquals(0x1234, message.parts().get(0).reference());
        assertEquals(1, message.parts().get(0).partNumber());
    }

    @Test
    void sarTlvs() throws Exception {
        for (int i = 1; i <= 2; i++) {
            esme.submit("4915100000003", 1, 1, ("sar " + i + ";").getBytes(StandardCharsets.ISO_8859_1), 0x03, 0, 0,
                    OptionalParameters.newSarMsgRefNum((short) 7), OptionalParameters.newSarTotalSegments(2),
                    OptionalParameters.newSarSegmentSeqnum(i));
        }
        ReceivedMessage message = smsc.awaitMessages(1, Esme.WAIT).get(0);
        assertEquals("sar 1;sar 2;", message.text());
        assertEquals(MultipartMethod.SAR, message.method());
        assertEquals(2, message.parts().size());
    }

    @Test
    void messagePayload() throws Exception {
        String text = "x".repeat(400);
        esme.submit("4915100000004", 1, 1, new byte[0], 0x01, 0, 0,
                new OptionalParameter.OctetString((short) Tlvs.MESSAGE_PAYLOAD, text.getBytes(StandardCharsets.US_ASCII)));
        ReceivedMessage message = smsc.awaitMessages(1, Esme.WAIT).get(0);
        assertEquals(text, message.text());
        assertEquals(MultipartMethod.MESSAGE_PAYLOAD, message.method());
        assertEquals(1, message.parts().size());
    }

    @Test
    void partsThatStopComingAreRecordedIncomplete() throws Exception {
        esme.submit("4915100000005", 1, 1, concat(new byte[] {5, 0, 3, 9, 2, 1}, "only one".getBytes(StandardCharsets.US_ASCII)),
                0x00, 0x40, 0);
        smsc.awaitCount(Counter.MESSAGES_INCOMPLETE, 1, Esme.WAIT);
        ReceivedMessage message = smsc.awaitMessages(1, Esme.WAIT).get(0);
        assertFalse(message.complete());
        assertEquals("only one", message.text());
        assertEquals(0, smsc.count(Counter.MESSAGES_RECEIVED));
    }

    @Test
    void malformedUserDataHeaderIsRefused() {
        NegativeResponseException refused = assertThrows(NegativeResponseException.class,
                () -> esme.submit("4915100000006", 1, 1, new byte[] {9, 0, 3}, 0x00, 0x40, 0));
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, refused.getCommandStatus());
        NegativeResponseException impossible = assertThrows(NegativeResponseException.class,
                () -> esme.submit("4915100000006", 1, 1, new byte[] {5, 0, 3, 1, 2, 3, 0x41}, 0x00, 0x40, 0));
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGLEN, impossible.getCommandStatus(), "part 3 of 2");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

}
