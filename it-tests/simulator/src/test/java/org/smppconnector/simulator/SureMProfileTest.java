package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.smpp.SmppCommand;
import org.smppconnector.simulator.smpp.Tlvs;
import org.smppconnector.simulator.text.Alphabet;

/** SureM: submit_sm and data_sm; data codings 0/1 ASCII, 3 Latin-1, 8 UCS-2, 14 KSC5601; SMPP v5 binds. */
class SureMProfileTest {
    private static final Charset KSC5601 = Charset.forName("EUC-KR");

    private SmscSimulator smsc;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.sureM()).account("surem", "pw").build().start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void itsDataCodingsIncludingKoreanKsc5601() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "surem", "pw")) {
            esme.submit("+821055551234", 1, 1, "Your code is 483920.".getBytes(), 0, 0, 0);
            esme.submit("+821055551234", 1, 1, "a_b".getBytes(), 1, 0, 0);
            esme.submit("+821055551234", 1, 1, "Señal".getBytes(StandardCharsets.ISO_8859_1), 3, 0, 0);
            esme.submit("+821055551234", 1, 1, "인증".getBytes(StandardCharsets.UTF_16BE), 8, 0, 0);
            esme.submit("+821055551234", 1, 1, "인증번호는 483920 입니다".getBytes(KSC5601), 14, 0, 0);
            Refused.with(SMPPConstant.STAT_ESME_RINVDCS, () -> esme.submit("+821055551234", 1, 1, "x".getBytes(), 4, 0, 0));
            Refused.with(SMPPConstant.STAT_ESME_RSUBMITFAIL, () -> esme.submit("+821055551234", 1, 1,
                    new byte[] {(byte) 0xB0}, 14, 0, 0));
            List<ReceivedMessage> messages = smsc.awaitMessages(5, Esme.WAIT);
            assertEquals(List.of("Your code is 483920.", "a_b", "Señal", "인증", "인증번호는 483920 입니다"),
                    messages.stream().map(ReceivedMessage::text).toList());
            assertEquals(Alphabet.KSC5601, messages.get(4).alphabet());
            assertEquals(Alphabet.ASCII, messages.get(0).alphabet(), "data_coding 0 is ASCII here");
        }
    }

    @Test
    void dataSmAndSmppFiveBinds() throws Exception {
        try (Esme esme = Esme.bind(smsc.port(), BindType.BIND_TRX, "surem", "pw", "", InterfaceVersion.IF_50)) {
            esme.session.dataShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "SUREM",
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "+821055551234", new ESMClass(),
                    new RegisteredDelivery(1), Esme.dataCoding(14), new OptionalParameter.OctetString(
                            (short) Tlvs.MESSAGE_PAYLOAD, "안녕하세요".getBytes(KSC5601)));
            ReceivedMessage message = smsc.awaitMessages(1, Esme.WAIT).get(0);
            assertEquals(SmppCommand.DATA_SM, message.command());
            assertEquals("안녕하세요", message.text());
            assertEquals(0x50, smsc.awaitBound("surem", Esme.WAIT).interfaceVersion());
            String receipt = MittoProfileTest.text(esme.next());
            assertFalse(receipt.contains("text:"), "SureM's receipt format has no text field: " + receipt);
            Refused.with(SMPPConstant.STAT_ESME_RINVCMDID, () -> esme.session.queryShortMessage(message.messageId(),
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "SUREM"));
        }
    }
}
