package org.smppconnector.ra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.MessageState;
import org.smppconnector.api.SmppConnection;
import org.smppconnector.api.SmppConnectionFactory;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.SubmitResult;
import org.smppconnector.api.UnknownAccountException;
import org.smppconnector.api.inbound.InboundMessage;
import org.smppconnector.api.inbound.InboundMessageListener;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.api.inbound.ReceiptListener;
import org.smppconnector.ra.fixture.TestContainer;
import org.smppconnector.ra.fixture.TestEndpointFactory;
import org.smppconnector.ra.inbound.SmppActivationSpec;
import org.smppconnector.ra.outbound.SmppManagedConnectionFactory;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.simulator.text.MultipartMethod;

/**
 * The whole adapter outside a container, against the SMSC simulator: a test BootstrapContext
 * stands in for the server, endpoint factories for message-driven beans.
 */
class AdapterAgainstSimulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int ESME_RX_T_APPN = 0x64;

    private SmscSimulator smsc;
    private TestContainer container;
    private SmppResourceAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret").port(0)
                .redeliveryDelay(Duration.ofMillis(100)).build().start();
        container = new TestContainer();
        adapter = new SmppResourceAdapter();
        adapter.start(container);
    }

    @AfterEach
    void stop() throws Exception {
        adapter.stop();
        smsc.stop();
        container.close();
    }

    private SmppManagedConnectionFactory factoryFor(String bindGroups) throws Exception {
        return factoryFor(bindGroups, mcf -> { });
    }

    /** A factory for account acme on the simulator, associated with the adapter (which starts the account). */
    private SmppManagedConnectionFactory factoryFor(String bindGroups,
            java.util.function.Consumer<SmppManagedConnectionFactory> more) throws Exception {
        SmppManagedConnectionFactory mcf = unassociated(bindGroups);
        more.accept(mcf);
        mcf.setResourceAdapter(adapter);
        return mcf;
    }

    private SmppManagedConnectionFactory unassociated(String bindGroups) {
        SmppManagedConnectionFactory mcf = new SmppManagedConnectionFactory();
        mcf.setAccount("acme");
        mcf.setHosts("127.0.0.1");
        mcf.setPort(smsc.port());
        mcf.setPassword("secret");
        mcf.setBindGroups(bindGroups);
        mcf.setReconnectDelaySeconds(1);
        return mcf;
    }

    private void activate(TestEndpointFactory endpoints, String account) throws Exception {
        SmppActivationSpec spec = new SmppActivationSpec();
        spec.setAccount(account);
        spec.setResourceAdapter(adapter);
        spec.validate();
        adapter.endpointActivation(endpoints, spec);
    }

    @Test
    void submitsThroughAHandleAndAReceiptReachesTheListenerBeforeItIsAcknowledged() throws Exception {
        SmppManagedConnectionFactory mcf = factoryFor("default/1/1/0");
        BlockingQueue<Receipt> receipts = new LinkedBlockingQueue<>();
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch mayReturn = new CountDownLatch(1);
        ReceiptListener bean = receipt -> {
            inListener.countDown();
            try {
                mayReturn.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            receipts.add(receipt);
        };
        TestEndpointFactory endpoints = new TestEndpointFactory(ReceiptListener.class, bean, true);
        activate(endpoints, "acme");
        smsc.awaitBound("acme", 2, WAIT);

        SmppConnectionFactory factory = (SmppConnectionFactory) mcf.createConnectionFactory();
        SubmitResult result;
        try (SmppConnection connection = factory.getConnection()) {
            assertEquals("acme", connection.account());
            result = connection.submit(SmsMessage.builder().source("Acme").destination("+4512345678")
                    .text("Your code is 483920").requestReceipt().build());
        }
        assertEquals(1, result.partCount());
        assertEquals(result.messageId(), smsc.awaitMessages(1, WAIT).get(0).messageId());

        assertTrue(inListener.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the receipt reached the listener");
        assertEquals(0, smsc.count(Counter.RECEIPTS_ACKNOWLEDGED), "not acknowledged while the listener runs");
        mayReturn.countDown();
        smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 1, WAIT);
        Receipt receipt = receipts.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(result.messageId(), receipt.messageId().orElseThrow());
        assertEquals(MessageState.DELIVERED, receipt.state());
        assertEquals("acme", receipt.account());
        assertEquals("default", receipt.bindGroup());
        assertTrue(receipt.doneDate().isPresent(), "dates parsed: " + receipt);
        assertEquals(List.of("create", "before", "call", "after", "release"), endpoints.events.subList(0, 5));
        assertTrue(container.workScheduled() > 0, "the adapter ran its work on the WorkManager");
    }

    @Test
    void aListenerThatThrowsGetsTheMessageAgainAfterEsmeRxTAppn() throws Exception {
        factoryFor("default/0/0/1");
        BlockingQueue<InboundMessage> received = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        InboundMessageListener bean = message -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            received.add(message);
        };
        TestEndpointFactory endpoints = new TestEndpointFactory(InboundMessageListener.class, bean, false);
        activate(endpoints, null);
        smsc.awaitBound("acme", WAIT);

        String text = "A long inbound message that needs more than one part, so that it travels in two deliver_sm"
                + " and arrives at the bean whole, reassembled by the adapter, once and only once.";
        smsc.injectMo(MoMessage.to("acme").from("4599999999").toAddress("Acme").text(text)
                .multipart(MultipartMethod.UDH_8BIT).build()).acknowledged().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        InboundMessage message = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(text, message.text().orElseThrow());
        assertEquals(2, message.partCount());
        assertEquals("4599999999", message.source().value());
        assertEquals(2, calls.get(), "refused once, delivered again");
        assertTrue(smsc.count(Counter.DELIVERIES_NACKED) >= 1);
        assertTrue(smsc.pdus().stream().anyMatch(p -> p.command().equals("deliver_sm_resp")
                && p.commandStatus() == ESME_RX_T_APPN), "answered ESME_RX_T_APPN");
        assertEquals(endpoints.created.get(), endpoints.released.get(), "every endpoint released");
    }

    @Test
    void stopUnbindsEveryBind() throws Exception {
        factoryFor("default/1/1/1");
        assertTrue(adapter.registry().require("acme").pool().awaitBound(3, WAIT), "all three bound");
        adapter.stop();
        smsc.awaitAllClosed("acme", WAIT);
        List<SimulatedSession> sessions = smsc.sessions("acme");
        assertEquals(3, sessions.size());
        assertTrue(sessions.stream().allMatch(SimulatedSession::unboundByEsme), "every bind sent unbind");
    }

    @Test
    void anUnknownAccountIsNamed() throws Exception {
        SmppManagedConnectionFactory mcf = factoryFor("default/1/0/0");
        SmppConnectionFactory factory = (SmppConnectionFactory) mcf.createConnectionFactory();
        UnknownAccountException e = assertThrows(UnknownAccountException.class, () -> factory.getConnection("other"));
        assertEquals("other", e.account());
    }

    @Test
    void aLongTextGoesInPartsAndTheResultHasEachPartsMessageId() throws Exception {
        SmppConnectionFactory factory = (SmppConnectionFactory) factoryFor("default/1/0/0").createConnectionFactory();
        smsc.awaitBound("acme", WAIT);
        String text = "0123456789".repeat(40);
        SubmitResult result;
        try (SmppConnection connection = factory.getConnection()) {
            result = connection.submitAsync(SmsMessage.builder().destination("+4512345678").text(text).build())
                    .toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        assertEquals(3, result.partCount());
        org.smppconnector.simulator.message.ReceivedMessage received = smsc.awaitMessages(1, WAIT).get(0);
        assertEquals(text, received.text(), "the simulator reassembled our parts");
        assertEquals(received.messageIds(), result.messageIds(), "each part's id, in part order");
    }

    @Test
    void whatTheAccountRefusesIsRefusedBeforeAnythingIsSent() throws Exception {
        SmppManagedConnectionFactory mcf = factoryFor("0@0/1/0/0", m -> m.setProvider("bulksms"));
        SmppConnectionFactory factory = (SmppConnectionFactory) mcf.createConnectionFactory();
        smsc.awaitBound("acme", WAIT);
        try (SmppConnection connection = factory.getConnection()) {
            org.smppconnector.api.InvalidMessageException validity = assertThrows(
                    org.smppconnector.api.InvalidMessageException.class, () -> connection.submit(SmsMessage.builder()
                            .destination("+4512345678").text("x").validity(Duration.ofDays(22)).build()));
            assertEquals("validity", validity.field());
            org.smppconnector.api.OperationNotSupportedException query = assertThrows(
                    org.smppconnector.api.OperationNotSupportedException.class, () -> connection.query("abc"));
            assertEquals("query_sm", query.operation());
        }
        assertEquals(0, smsc.count(Counter.SUBMITS_ACCEPTED) + smsc.count(Counter.SUBMITS_REFUSED)
                + smsc.count(Counter.QUERIES), "nothing was sent");
    }

    @Test
    void factoriesOfOneAccountShareItsBindsAndConflictingOnesAreRefused() throws Exception {
        SmppManagedConnectionFactory first = factoryFor("default/1/0/0");
        SmppManagedConnectionFactory same = factoryFor("default/1/0/0");
        assertEquals(first, same);
        assertEquals(first.hashCode(), same.hashCode());
        SmppManagedConnectionFactory conflicting = unassociated("default/2/0/0");
        jakarta.resource.spi.InvalidPropertyException e = assertThrows(jakarta.resource.spi.InvalidPropertyException.class,
                () -> conflicting.setResourceAdapter(adapter));
        assertTrue(e.getMessage().contains("acme") && e.getMessage().contains("bindGroups"), e.getMessage());
        SmppConnectionFactory factory = (SmppConnectionFactory) conflicting.createConnectionFactory();
        assertThrows(jakarta.resource.spi.InvalidPropertyException.class, factory::getConnection,
                "a container that only logs the association's failure meets it again on the first connection");
        smsc.awaitBound("acme", WAIT);
        assertEquals(1, adapter.registry().accounts().size());
        assertEquals(1, adapter.registry().require("acme").pool().bindCount(), "one set of binds");
    }

    @Test
    void aBeanTakingBothKindsGetsReceiptsAndInboundMessages() throws Exception {
        factoryFor("default/0/0/1");
        BlockingQueue<Object> received = new LinkedBlockingQueue<>();
        org.smppconnector.api.inbound.SmppMessageListener bean = new org.smppconnector.api.inbound.SmppMessageListener() {
            @Override
            public void onReceipt(Receipt receipt) {
                received.add(receipt);
            }

            @Override
            public void onInboundMessage(InboundMessage message) {
                received.add(message);
            }
        };
        activate(new TestEndpointFactory(org.smppconnector.api.inbound.SmppMessageListener.class, bean, false), "acme");
        smsc.awaitBound("acme", WAIT);
        smsc.injectMo(MoMessage.to("acme").from("4599999999").toAddress("Acme").text("hello").build())
                .acknowledged().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(received.poll(WAIT.toSeconds(), TimeUnit.SECONDS) instanceof InboundMessage);
        SmppConnectionFactory factory = (SmppConnectionFactory) factoryFor("default/0/0/1").createConnectionFactory();
        try (SmppConnection connection = factory.getConnection("acme")) {
            connection.submit(SmsMessage.builder().destination("+4512345678").text("x").requestReceipt().build());
        }
        assertTrue(received.poll(WAIT.toSeconds(), TimeUnit.SECONDS) instanceof Receipt);
    }

    @Test
    void aReceiptNoBeanTakesIsRefusedUntilOneIsActivated() throws Exception {
        SmppConnectionFactory factory = (SmppConnectionFactory) factoryFor("default/0/0/1").createConnectionFactory();
        smsc.awaitBound("acme", WAIT);
        try (SmppConnection connection = factory.getConnection()) {
            connection.submit(SmsMessage.builder().destination("+4512345678").text("x").requestReceipt().build());
        }
        smsc.awaitCount(Counter.DELIVERIES_NACKED, 1, WAIT);
        assertEquals(0, smsc.count(Counter.RECEIPTS_ACKNOWLEDGED));
        BlockingQueue<Receipt> receipts = new LinkedBlockingQueue<>();
        activate(new TestEndpointFactory(ReceiptListener.class, (ReceiptListener) receipts::add, false), "acme");
        assertTrue(receipts.poll(WAIT.toSeconds(), TimeUnit.SECONDS) != null, "delivered again, now taken");
        smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 1, WAIT);
    }

    @Test
    void queryReplaceAndCancelReachTheSmscWithTheRecordedSender() throws Exception {
        smsc.receiptPolicy(org.smppconnector.simulator.receipt.ReceiptPolicy.builder().delay(Duration.ofHours(1)).build());
        SmppConnectionFactory factory = (SmppConnectionFactory) factoryFor("default/1/0/0").createConnectionFactory();
        smsc.awaitBound("acme", WAIT);
        try (SmppConnection connection = factory.getConnection()) {
            String id = connection.submit(SmsMessage.builder().source("Acme").destination("+4512345678")
                    .text("first version").requestReceipt().build()).messageId();
            assertEquals(MessageState.ENROUTE, connection.query(id).state());

            connection.replace(id, org.smppconnector.api.Replacement.builder().text("second version").build());
            assertEquals("second version", smsc.trackedMessage(id).orElseThrow().replacedText());

            connection.cancel(id);
            assertEquals(MessageState.DELETED, connection.query(id).state());
            org.smppconnector.api.SmscRejectedException unknown = assertThrows(
                    org.smppconnector.api.SmscRejectedException.class, () -> connection.query("no-such-id"));
            assertTrue(unknown.commandStatusName().startsWith("ESME_R"), unknown.commandStatusName());
        }
    }

    @Test
    void dataSmCarriesTheWholeTextInOnePdu() throws Exception {
        SmppConnectionFactory factory = (SmppConnectionFactory) factoryFor("default/1/0/0").createConnectionFactory();
        smsc.awaitBound("acme", WAIT);
        String text = "data_sm is never split: ".repeat(10);
        try (SmppConnection connection = factory.getConnection()) {
            SubmitResult result = connection.dataSm(SmsMessage.builder().destination("+4512345678").text(text)
                    .validity(Duration.ofHours(1)).build());
            org.smppconnector.simulator.message.ReceivedMessage received = smsc.awaitMessages(1, WAIT).get(0);
            assertEquals(result.messageId(), received.messageId());
            assertEquals(text, received.text());
            assertEquals("priority", assertThrows(org.smppconnector.api.InvalidMessageException.class,
                    () -> connection.dataSm(SmsMessage.builder().destination("+4512345678").text("x")
                            .priority(org.smppconnector.api.Priority.LEVEL_1).build())).field());
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertFalse(System.nanoTime() - deadline > 0, "timed out waiting for " + what);
            Thread.sleep(5); // poll interval
        }
    }
}
