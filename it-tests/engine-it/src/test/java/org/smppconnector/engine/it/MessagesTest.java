package org.smppconnector.engine.it;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.smpp.pdu.DeliverSm;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.BindGroup;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.EncodingPolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long messages, receipts, MOs and bind-group routing against the simulator. */
class MessagesTest extends EngineHarness {

    @Test
    void longMessagesInSeveralEncodingsArriveReassembled() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret"));
        AccountPool pool = start(account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .bindGroups(BindGroup.transceivers("", 2)).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(2, WAIT));
        String gsm = "Euro € and [brackets] ~ repeated. ".repeat(12);
        String ucs2 = "Привет, мир! 😀 Grüße. ".repeat(10);
        String latin1 = "Café crème à la façon de Zoë. ".repeat(8);
        Map<String, List<String>> idsByText = new ConcurrentHashMap<>();
        idsByText.put(gsm, pool.submitText(submitSm("4512345678", ""), gsm, EncodingPolicy.defaults()).get(20, TimeUnit.SECONDS));
        idsByText.put(ucs2, pool.submitText(submitSm("4512345679", ""), ucs2, EncodingPolicy.defaults()).get(20, TimeUnit.SECONDS));
        idsByText.put(latin1, pool.submitText(submitSm("4512345670", ""), latin1, EncodingPolicy.forcing(Alphabet.LATIN1))
                .get(20, TimeUnit.SECONDS));

        List<ReceivedMessage> received = smsc.awaitMessages(3, WAIT);
        assertEquals(3, received.size());
        for (ReceivedMessage message : received) {
            List<String> ids = idsByText.get(message.text());
            assertTrue(ids != null, "reassembled text matches one sent: " + message.text());
            assertTrue(message.isMultipart() && message.complete());
            assertEquals(ids.size(), message.parts().size());
            assertEquals(ids, message.messageIds());
        }
        assertEquals(0, smsc.count(Counter.SUBMITS_REFUSED));
    }

    @Test
    void receiptsAndMosReachTheHandlerAndAreAcknowledgedOnlyWhenHandled() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .redeliveryDelay(Duration.ofMillis(50)));
        LinkedBlockingQueue<DeliverSm> delivered = new LinkedBlockingQueue<>();
        AtomicInteger failFirst = new AtomicInteger(1);
        AccountPool pool = start(account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .bindGroups(new BindGroup("", 1, 1, 0)).build(), (session, pdu) -> {
                    if (failFirst.getAndDecrement() > 0) {
                        return CompletableFuture.failedFuture(new IllegalStateException("store not ready"));
                    }
                    delivered.add((DeliverSm) pdu);
                    return CompletableFuture.completedFuture(null);
                });
        assertTrue(pool.awaitBound(2, WAIT));
        SubmitSm sm = submitSm("4512345678", "with receipt");
        sm.setRegisteredDelivery(1);
        String id = pool.submit(sm).get(10, TimeUnit.SECONDS).getMessageId();

        DeliverSm receipt = delivered.poll(20, TimeUnit.SECONDS);
        assertTrue(receipt != null && receipt.isDeliveryReceipt(), "a receipt: " + receipt);
        assertEquals(id, receipt.getTlvs().getString(Tag.RECEIPTED_MESSAGE_ID));
        smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 1, WAIT);
        assertTrue(smsc.count(Counter.DELIVERIES_NACKED) >= 1, "the first attempt was refused (RX_T_APPN)");

        smsc.injectMo(MoMessage.to("acme").from("4599999999").toAddress("Acme").text("hello engine").build())
                .acknowledged().get(20, TimeUnit.SECONDS);
        DeliverSm mo = delivered.poll(20, TimeUnit.SECONDS);
        assertEquals("hello engine", new String(mo.getShortMessage(), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void bulkSmsReceiptsComeBackOnTheSubmittingGroup() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.bulkSms()).account("bulk1", "pw12345"));
        Map<String, String> groupOfReceipt = new ConcurrentHashMap<>();
        AccountPool pool = start(account(ProviderPreset.BULKSMS, smsc, "bulk1", "pw12345")
                .bindGroups(new BindGroup("1", 1, 1, 0), new BindGroup("2", 1, 1, 0)).build(), (session, pdu) -> {
                    groupOfReceipt.put(((Pdu) pdu).getTlvs().getString(Tag.RECEIPTED_MESSAGE_ID),
                            session.settings().systemType());
                    return CompletableFuture.completedFuture(null);
                });
        assertTrue(pool.awaitBound(4, WAIT));
        smsc.awaitBound("bulk1", 4, WAIT);
        int n = 20;
        for (int i = 0; i < n; i++) {
            SubmitSm sm = submitSm("4412345678" + (i % 10), "receipt please " + i);
            sm.setDestination(1, 1, "44712345678" + (i % 10));
            sm.setRegisteredDelivery(1);
            pool.submit(sm).get(10, TimeUnit.SECONDS);
        }
        smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, n, WAIT);
        List<ReceivedMessage> messages = smsc.messages("bulk1");
        assertEquals(n, messages.size());
        for (ReceivedMessage message : messages) {
            assertEquals(message.bindGroup(), groupOfReceipt.get(message.messageId()),
                    "receipt of " + message.messageId() + " on its submitting group");
        }
        assertEquals(2, messages.stream().map(ReceivedMessage::bindGroup).distinct().count(),
                "both groups' transmitters were used");
        assertTrue(pool.boundSessions().stream().map(SmppSession::target).allMatch(t -> t.endsWith(":" + smsc.port())));
    }
}
