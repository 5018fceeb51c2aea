package org.smppconnector.ra.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.Address;
import org.smppconnector.api.InvalidMessageException;
import org.smppconnector.api.SmppConnection;
import org.smppconnector.api.SmppConnectionFactory;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.inbound.InboundMessage;
import org.smppconnector.api.inbound.InboundMessageListener;
import org.smppconnector.ra.SmppResourceAdapter;
import org.smppconnector.ra.fixture.TestContainer;
import org.smppconnector.ra.fixture.TestEndpointFactory;
import org.smppconnector.ra.inbound.SmppActivationSpec;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.record.PduRecord;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.smpp.pdu.CancelSm;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.QuerySm;

/**
 * The mobile-text-alerts preset against a simulator with Mobile Text Alerts' rules (TLS only,
 * destinations E.164 with their '+', TON 1 / NPI 1, data_coding 0 read as ASCII): every request
 * writes its numbers and text the way the provider wants them, what it cannot take is refused
 * before anything is sent, and what it sends is read the way it means it.
 */
class MobileTextAlertsAgainstSimulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private SmscSimulator smsc;
    private TestContainer container;
    private SmppResourceAdapter adapter;
    private Path trustStore;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.mobileTextAlerts()).account("mta", "secret").port(0)
                .receiptPolicy(ReceiptPolicy.builder().delay(Duration.ofHours(1)).build()).build().start();
        Files.createDirectories(Path.of("target"));
        trustStore = Files.createTempFile(Path.of("target"), "mta-trust", ".p12");
        smsc.tls().writeTrustStore(trustStore, "changeit".toCharArray());
        container = new TestContainer();
        adapter = new SmppResourceAdapter();
        adapter.start(container);
    }

    @AfterEach
    void stop() throws Exception {
        adapter.stop();
        smsc.stop();
        container.close();
        Files.deleteIfExists(trustStore);
    }

    private SmppConnectionFactory factory() throws Exception {
        SmppManagedConnectionFactory mcf = new SmppManagedConnectionFactory();
        mcf.setAccount("mta");
        mcf.setProvider("mobile-text-alerts");
        mcf.setHosts("127.0.0.1");
        mcf.setPort(smsc.port());
        mcf.setTrustStore(trustStore.toString());
        mcf.setTrustStorePassword("changeit");
        mcf.setPassword("secret");
        mcf.setReconnectDelaySeconds(1);
        mcf.setResourceAdapter(adapter);
        smsc.awaitBound("mta", WAIT);
        return (SmppConnectionFactory) mcf.createConnectionFactory();
    }

    @Test
    void submitQueryAndCancelWriteNumbersInE164WithTheirPlus() throws Exception {
        try (SmppConnection connection = factory().getConnection()) {
            String id = connection.submit(SmsMessage.builder().source("+12125550000").destination("+12125551234")
                    .text("Your code is 483920").requestReceipt().build()).messageId();
            ReceivedMessage received = smsc.awaitMessages(1, WAIT).get(0);
            assertEquals("+12125551234", received.destination());
            assertEquals(1, received.destTon());
            assertEquals(1, received.destNpi());
            assertEquals("+12125550000", received.source());

            connection.query(id);
            connection.cancel(id);
            QuerySm query = (QuerySm) request("query_sm");
            assertEquals("+12125550000", query.getSourceAddr(), "query_sm names the original's sender as it was sent");
            assertEquals(1, query.getSourceAddrTon());
            assertEquals("+12125550000", ((CancelSm) request("cancel_sm")).getSourceAddr());
        }
    }

    @Test
    void numbersMobileTextAlertsCannotTakeAreRefusedBeforeAnythingIsSent() throws Exception {
        try (SmppConnection connection = factory().getConnection()) {
            assertEquals(InvalidMessageException.DESTINATION, assertThrows(InvalidMessageException.class,
                    () -> connection.submit(SmsMessage.builder().destination("12345").text("short code").build()))
                    .field());
            assertEquals(InvalidMessageException.SOURCE, assertThrows(InvalidMessageException.class,
                    () -> connection.submit(SmsMessage.builder().source("Acme").destination("+12125551234")
                            .text("sender name").build())).field());
            connection.submit(SmsMessage.builder().destination("+12125551234").text("sent").build());
            assertEquals("sent", smsc.awaitMessages(1, WAIT).get(0).text());
            request("submit_sm"); // the only one: the refused ones were never sent
        }
    }

    @Test
    void asciiTextGoesUnderDataCoding0AndArrivesAsWritten() throws Exception {
        String text = "Price: $5 @ shop_1 {ok}";
        try (SmppConnection connection = factory().getConnection()) {
            connection.submit(SmsMessage.builder().destination("+12125551234").text(text).build());
        }
        ReceivedMessage received = smsc.awaitMessages(1, WAIT).get(0);
        assertEquals(0, received.dataCoding());
        assertEquals(Alphabet.ASCII, received.alphabet(), "Mobile Text Alerts reads data_coding 0 as ASCII");
        assertEquals(text, received.text());
    }

    @Test
    void anMoInDataCoding0IsReadAsAsciiAndItsSenderWithoutThePlus() throws Exception {
        factory();
        BlockingQueue<InboundMessage> received = new LinkedBlockingQueue<>();
        SmppActivationSpec spec = new SmppActivationSpec();
        spec.setAccount("mta");
        spec.setResourceAdapter(adapter);
        spec.validate();
        adapter.endpointActivation(new TestEndpointFactory(InboundMessageListener.class,
                (InboundMessageListener) received::add, false), spec);

        String text = "Price: $5 @ shop_1 {ok}";
        smsc.injectMo(MoMessage.to("mta").from("+12125551234", 1, 1).toAddress("+12125550000", 1, 1)
                .text(text, Alphabet.ASCII).dataCoding(0).build()).acknowledged().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        InboundMessage message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(message, "the MO reached the listener");
        assertEquals(0, message.dataCoding());
        assertEquals(text, message.text().orElseThrow());
        assertEquals(Address.international("12125551234"), message.source());
        assertEquals("+12125551234", message.source().toString());
        assertEquals("12125550000", message.destination().value());
    }

    /** The one request of this command the simulator received, decoded. */
    private Object request(String command) throws Exception {
        List<PduRecord> found = smsc.pdus().stream().filter(pdu -> pdu.command().equals(command)).toList();
        assertEquals(1, found.size(), () -> command + " received " + found.size() + " times: " + smsc.pdus());
        byte[] octets = found.get(0).octets();
        return new PduCodec().decode(octets, 0, octets.length);
    }
}
