package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Address;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceIfPresentFlag;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SubmitMultiResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.Outcome;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.smpp.SmppCommand;
import org.smppconnector.simulator.smpp.Tlvs;
import org.smppconnector.simulator.text.Alphabet;

/** The message commands of the generic profile, decoding and refusing payloads. */
class SubmitTest {
    private SmscSimulator smsc;
    private Esme esme;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").build().start();
        esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret");
    }

    @AfterEach
    void stop() {
        esme.close();
        smsc.stop();
    }

    @Test
    void submitSmGetsAUniqueMessageIdAndIsRecordedDecoded() throws Exception {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ids.add(esme.submit("4915112345678", "hello " + i));
        }
        assertEquals(20, ids.size(), "message ids are unique");
        List<ReceivedMessage> messages = smsc.awaitMessages(20, Esme.WAIT);
        ReceivedMessage first = messages.get(0);
        assertEquals("hello 0", first.text());
        assertEquals("acme", first.systemId());
        assertEquals("4915112345678", first.destination());
        assertEquals(SmppCommand.SUBMIT_SM, first.command());
        assertTrue(ids.contains(first.messageId()));
        assertEquals(20, smsc.count(Counter.SUBMITS_ACCEPTED));
    }

    @Test
    void payloadsAreDecodedWithTheirDataCoding() throws Exception {
        submit(new byte[] {0x47, 0x53, 0x4D, 0x20, 0x00, 0x01, 0x1B, 0x65, 0x20, 0x6F, 0x6B}, 0x00);
        submit("Grüße".getBytes(StandardCharsets.ISO_8859_1), 0x03);
        submit("Привет 👋".getBytes(StandardCharsets.UTF_16BE), 0x08);
        submit("Привет".getBytes(Charset.forName("ISO-8859-5")), 0x06);
        submit("안녕하세요".getBytes(Charset.forName("EUC-KR")), 0x0E);
        submit(new byte[] {0x00, (byte) 0xFF, 0x10}, 0x04);
        List<ReceivedMessage> messages = smsc.awaitMessages(6, Esme.WAIT);
        assertEquals(List.of("GSM @£€ ok", "Grüße", "Привет 👋", "Привет", "안녕하세요", "00ff10"),
                messages.stream().map(ReceivedMessage::text).toList());
        assertEquals(Alphabet.UCS2, messages.get(2).alphabet());
        assertEquals(Alphabet.BINARY, messages.get(5).alphabet());
    }

    @Test
    void undecodablePayloadsAreRefused() {
        assertRefused(new byte[] {0x41, (byte) 0x80}, 0x00, SMPPConstant.STAT_ESME_RSUBMITFAIL); // not a septet
        assertRefused(new byte[] {0x00, 0x41, 0x00}, 0x08, SMPPConstant.STAT_ESME_RSUBMITFAIL); // odd UCS-2
        assertRefused(new byte[] {(byte) 0xD8, 0x3D, 0x00, 0x41}, 0x08, SMPPConstant.STAT_ESME_RSUBMITFAIL);
        assertRefused(new byte[] {0x41, (byte) 0xC3}, 0x01, SMPPConstant.STAT_ESME_RSUBMITFAIL); // not ASCII
        assertEquals(4, smsc.count(Counter.SUBMITS_REFUSED));
        assertEquals(0, smsc.count(Counter.MESSAGES_RECEIVED));
    }

    @Test
    void dataSmIsAcceptedWithItsPayloadInTheTlv() throws Exception {
        DataSmResult result = esme.session.dataShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                "4477", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4915100000001", new ESMClass(),
                new RegisteredDelivery(0), Esme.dataCoding(1),
                new OptionalParameter.OctetString((short) Tlvs.MESSAGE_PAYLOAD, "via data_sm".getBytes(StandardCharsets.US_ASCII)));
        ReceivedMessage message = smsc.awaitMessages(1, Esme.WAIT).get(0);
        assertEquals(result.getMessageId(), message.messageId());
        assertEquals(SmppCommand.DATA_SM, message.command());
        assertEquals("via data_sm", message.text());
    }

    @Test
    void querySmReportsTheStateAndCancelSmStopsThePendingMessage() throws Exception {
        smsc.receiptPolicy(ReceiptPolicy.builder().rule("^1555", Outcome.never()).build());
        String delivered = esme.submit("4915100000001", "will be delivered");
        String pending = esme.submit("15550000001", "never delivered");
        esme.next(); // the receipt of the first
        QuerySmResult first = esme.session.queryShortMessage(delivered, TypeOfNumber.INTERNATIONAL,
                NumberingPlanIndicator.ISDN, "4477000000");
        assertEquals(MessageState.DELIVERED, first.getMessageState());
        assertEquals(16, first.getFinalDate().length());
        QuerySmResult second = esme.session.queryShortMessage(pending, TypeOfNumber.INTERNATIONAL,
                NumberingPlanIndicator.ISDN, "4477000000");
        assertEquals(MessageState.ENROUTE, second.getMessageState());

        esme.session.cancelShortMessage("", pending, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477000000",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "15550000001");
        assertEquals(DeliveryState.DELETED, smsc.messageState(pending).orElseThrow());
        NegativeResponseException cannot = assertThrows(NegativeResponseException.class,
                () -> esme.session.cancelShortMessage("", delivered, TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN, "4477000000", TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN, "4915100000001"));
        assertEquals(SMPPConstant.STAT_ESME_RCANCELFAIL, cannot.getCommandStatus());
        NegativeResponseException unknown = assertThrows(NegativeResponseException.class,
                () -> esme.session.queryShortMessage("nope", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, ""));
        assertEquals(SMPPConstant.STAT_ESME_RINVMSGID, unknown.getCommandStatus());
    }

    @Test
    void replaceSmReplacesAPendingMessageOnly() throws Exception {
        smsc.receiptPolicy(ReceiptPolicy.builder().rule("^1555", Outcome.never()).build());
        String pending = esme.submit("15550000002", "first text");
        esme.session.replaceShortMessage(pending, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477000000",
                null, null, new RegisteredDelivery(0), (byte) 0, "second text".getBytes(StandardCharsets.US_ASCII));
        assertEquals(1, smsc.count(Counter.REPLACES));
        assertEquals("second text", smsc.trackedMessage(pending).orElseThrow().replacedText());
        String delivered = esme.submit("4915100000002", "done");
        esme.next();
        NegativeResponseException late = assertThrows(NegativeResponseException.class,
                () -> esme.session.replaceShortMessage(delivered, TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN, "4477000000", null, null, new RegisteredDelivery(0), (byte) 0,
                        "too late".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(SMPPConstant.STAT_ESME_RREPLACEFAIL, late.getCommandStatus());
    }

    @Test
    void submitMultiRecordsOneMessagePerDestinationUnderOneId() throws Exception {
        SubmitMultiResult result = esme.session.submitMultiple("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                "4477", new Address[] {
                    new Address(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4915100000003"),
                    new Address(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4915100000004")},
                new ESMClass(), (byte) 0, (byte) 0, null, null, new RegisteredDelivery(0),
                ReplaceIfPresentFlag.DEFAULT, Esme.dataCoding(1), (byte) 0, "to two".getBytes(StandardCharsets.US_ASCII));
        List<ReceivedMessage> messages = smsc.awaitMessages(2, Esme.WAIT);
        assertEquals(Set.of("4915100000003", "4915100000004"),
                Set.of(messages.get(0).destination(), messages.get(1).destination()));
        assertEquals(0, result.getUnsuccessDeliveries().length);
        assertFalse(result.getMessageId().isEmpty());
    }

    private void submit(byte[] octets, int dataCoding) throws Exception {
        esme.submit("4915100000000", 1, 1, octets, dataCoding, 0, 0);
    }

    private void assertRefused(byte[] octets, int dataCoding, int status) {
        NegativeResponseException refused = assertThrows(NegativeResponseException.class,
                () -> esme.submit("4915100000000", 1, 1, octets, dataCoding, 0, 0));
        assertEquals(status, refused.getCommandStatus());
    }

}
