package org.smppconnector.ra.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.ra.store.StoreTestBed.await;
import static org.smppconnector.ra.store.StoreTestBed.group;

import jakarta.resource.ResourceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smppconnector.api.MessageState;
import org.smppconnector.api.SmppConnection;
import org.smppconnector.api.SmppConnectionFactory;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.SubmitResult;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.ra.Account;
import org.smppconnector.simulator.profile.Profile;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Direction;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.store.query.MessageDetail;
import org.smppconnector.store.query.MessageSearch;
import org.smppconnector.store.query.MessageSummary;
import org.smppconnector.store.retention.PurgeResult;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.status.SessionStatusRow;
import org.smppconnector.store.submission.SubmissionRecord;
import org.smppconnector.store.testing.Database;
import org.smppconnector.store.testing.StopPostgresAtEnd;

/**
 * The adapter with the shared store, driven outside a container against the SMSC simulator,
 * on H2 and on a PostgreSQL the tests start: accounts follow the store live, submissions and
 * receipts are recorded and matched, the MDB gets what the store made of each receipt.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
@ExtendWith(StopPostgresAtEnd.class)
class AdapterWithStoreTest {

    @Parameter
    Database database;

    private StoreTestBed bed;

    @AfterEach
    void stop() throws Exception {
        if (bed != null) {
            bed.close();
        }
    }

    private StoreTestBed start(String name, Profile profile, String... accounts) throws Exception {
        bed = new StoreTestBed(database, name, profile, List.of(accounts), adapter -> { }).start();
        return bed;
    }

    private static SmsMessage message(String reference) throws Exception {
        return SmsMessage.builder().source("Acme").destination("+4512345678").text("Hello " + reference)
                .requestReceipt().reference(reference).build();
    }

    private MessageDetail stored(String messageId) {
        MessageSummary summary = bed.console.messages().search(MessageSearch.all().withMessageId(messageId)).items()
                .stream().findFirst().orElseThrow(() -> new AssertionError("no submission " + messageId + " stored"));
        return bed.console.messages().message(summary.id()).orElseThrow();
    }

    @Test
    void anAccountAddedToTheStoreIsBoundWithinSecondsAndStopsWhenDisabled() throws Exception {
        start("added", Profiles.generic(), "acme");
        assertTrue(bed.registry().accounts().isEmpty(), "an empty store runs no account");

        bed.console.accounts().create(bed.account("acme", ProviderPreset.GENERIC, group("default", 1, 1, 0)).build());
        bed.smsc.awaitBound("acme", 2, StoreTestBed.WAIT);
        Account account = bed.registry().require("acme");
        assertNull(account.properties(), "configured by the store, not by a factory");

        SmppConnectionFactory factory = bed.factory("acme", "default/1/1/0");
        try (SmppConnection connection = factory.getConnection()) {
            assertEquals(1, connection.submit(message("first")).partCount());
        }

        bed.console.accounts().update(bed.account("acme", ProviderPreset.GENERIC, group("default", 1, 1, 0))
                .enabled(false).build());
        bed.smsc.awaitAllClosed("acme", StoreTestBed.WAIT);
        await("the disabled account is gone", () -> bed.registry().find("acme").isEmpty());
        assertTrue(bed.smsc.sessions("acme").stream().allMatch(SimulatedSession::unboundByEsme),
                "each bind unbound gracefully");
        ResourceException refused = assertThrows(ResourceException.class, () -> bed.factory("acme", "default/1/1/0"));
        assertTrue(refused.getMessage().contains("disabled"), refused.getMessage());

        bed.console.accounts().update(bed.account("acme", ProviderPreset.GENERIC, group("default", 1, 1, 0)).build());
        await("enabled again, bound again", () -> bed.smsc.boundSessions("acme").size() == 2);
        assertTrue(bed.console.accounts().delete("acme"));
        await("deleted, stopped", () -> bed.registry().find("acme").isEmpty()
                && bed.smsc.boundSessions("acme").isEmpty());
    }

    @Test
    void oneMoreTransmitterTakesEffectWithoutARedeployWhileSubmitsRunAndNoneFails() throws Exception {
        start("rebind", Profiles.generic(), "acme");
        bed.console.accounts().create(bed.account("acme", ProviderPreset.GENERIC, group("default", 1, 1, 0)).build());
        List<SimulatedSession> before = bed.smsc.awaitBound("acme", 2, StoreTestBed.WAIT);
        bed.smsc.faults().responseDelay(Duration.ofMillis(20)); // every submit spends a while in flight
        SmppConnectionFactory factory = bed.factory("acme", "default/1/1/0");

        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicInteger accepted = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread sender = new Thread(() -> {
                try (SmppConnection connection = factory.getConnection()) {
                    while (sending.get()) {
                        connection.submit(message("stream"));
                        accepted.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "test-sender-" + i);
            sender.start();
            senders.add(sender);
        }
        await("a stream of submits", () -> accepted.get() >= 20);

        bed.console.accounts().update(bed.account("acme", ProviderPreset.GENERIC, group("default", 2, 1, 0)).build());
        SimulatedSession added = awaitNewSession(before);
        int atChange = accepted.get();
        await("the new transmitter carries submits", () -> !added.pdus("submit_sm", Direction.RECEIVED).isEmpty());
        await("submits go on after the change", () -> accepted.get() >= atChange + 40);
        sending.set(false);
        for (Thread sender : senders) {
            sender.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertTrue(failures.isEmpty(), "no submit failed: " + failures);
        assertEquals(accepted.get(), bed.smsc.count(Counter.SUBMITS_ACCEPTED), "every accepted submit reached the SMSC");
        for (SimulatedSession old : before) {
            assertEquals(SimulatedSession.State.BOUND, old.state(), "the binds that did not change stay: " + old.id());
        }
        assertEquals(3, bed.registry().require("acme").pool().bindCount());
    }

    private SimulatedSession awaitNewSession(List<SimulatedSession> before) throws InterruptedException {
        Set<String> known = before.stream().map(SimulatedSession::id).collect(Collectors.toSet());
        await("a third bind", () -> bed.smsc.boundSessions("acme").size() == 3);
        return bed.smsc.boundSessions("acme").stream().filter(s -> !known.contains(s.id())).findFirst().orElseThrow();
    }

    @Test
    void gatewayApiReceiptsSpreadOverSeveralSessionsAreAllMatchedToTheirSubmissions() throws Exception {
        start("spread", Profiles.gatewayApi(), "gw");
        bed.console.accounts().create(bed.account("gw", ProviderPreset.GATEWAYAPI, group("default", 0, 0, 3)).build());
        bed.smsc.awaitBound("gw", 3, StoreTestBed.WAIT);
        bed.listenForReceipts("gw");
        SmppConnectionFactory factory = bed.factory("gw", "default/0/0/3");

        int messages = 30;
        Map<String, String> referenceById = new HashMap<>();
        try (SmppConnection connection = factory.getConnection()) {
            for (int i = 0; i < messages; i++) {
                SubmitResult result = connection.submit(message("order-" + i));
                referenceById.put(result.messageId(), "order-" + i);
            }
        }
        // GatewayAPI sends DELIVRD, then a late ENROUTE, for each message.
        await("two receipts per message", () -> bed.receipts.size() >= 2 * messages);

        for (Receipt receipt : bed.receipts) {
            String id = receipt.messageId().orElseThrow();
            assertTrue(receipt.matched(), "matched: " + receipt);
            assertEquals(referenceById.get(id), receipt.userReference().orElseThrow(), "its own reference: " + receipt);
        }
        long deliveringSessions = bed.smsc.sessions("gw").stream()
                .filter(s -> !s.pdus("deliver_sm", Direction.SENT).isEmpty()).count();
        assertTrue(deliveringSessions >= 2, "receipts came on " + deliveringSessions + " sessions");
        for (String id : referenceById.keySet()) {
            MessageDetail detail = stored(id);
            assertEquals(DeliveryState.DELIVERED, detail.message().state(), id);
            assertEquals(2, detail.receipts().size(), "both receipts recorded against " + id);
            assertTrue(detail.receipts().stream().allMatch(r -> r.partId() != null), "matched in the store: " + id);
        }
    }

    @Test
    void anEnrouteAfterDelivrdLeavesDelivrd() throws Exception {
        start("enroute", Profiles.gatewayApi(), "gw");
        bed.console.accounts().create(bed.account("gw", ProviderPreset.GATEWAYAPI, group("default", 0, 0, 2)).build());
        bed.smsc.awaitBound("gw", 2, StoreTestBed.WAIT);
        bed.listenForReceipts("gw");

        String id;
        try (SmppConnection connection = bed.factory("gw", "default/0/0/2").getConnection()) {
            id = connection.submit(message("late-enroute")).messageId();
        }
        Receipt delivered = bed.receiptQueue.poll(StoreTestBed.WAIT.toSeconds(), TimeUnit.SECONDS);
        Receipt enroute = bed.receiptQueue.poll(StoreTestBed.WAIT.toSeconds(), TimeUnit.SECONDS);

        assertNotNull(enroute, "two receipts");
        assertEquals(MessageState.DELIVERED, delivered.state());
        assertEquals(MessageState.ENROUTE, enroute.state(), "the late one");
        assertEquals(MessageState.DELIVERED, enroute.combinedState().orElseThrow(), "the message stays delivered");
        MessageDetail detail = stored(id);
        assertEquals("+4512345678", detail.message().destination(), "in E.164, as the console searches it");
        assertEquals("Acme", detail.message().source());
        assertEquals(DeliveryState.DELIVERED, detail.message().state());
        assertEquals(DeliveryState.DELIVERED, detail.parts().get(0).state());
        assertEquals(List.of(DeliveryState.DELIVERED, DeliveryState.ENROUTE),
                detail.receipts().stream().map(r -> r.state()).toList(), "both recorded, in the order received");
    }

    @Test
    void aReceiptDeliveredTwiceIsRecordedOnceAndTheListenerSeesTheRepeat() throws Exception {
        start("duplicate", Profiles.generic(), "acme");
        bed.console.accounts().create(bed.account("acme", ProviderPreset.GENERIC, group("default", 1, 1, 0)).build());
        bed.smsc.awaitBound("acme", 2, StoreTestBed.WAIT);
        AtomicBoolean failFirst = new AtomicBoolean(true);
        bed.listenForReceipts("acme", receipt -> {
            if (failFirst.getAndSet(false)) {
                throw new IllegalStateException("the bean fails once: the SMSC delivers the receipt again");
            }
        });

        String id;
        try (SmppConnection connection = bed.factory("acme", "default/1/1/0").getConnection()) {
            id = connection.submit(message("twice")).messageId();
        }
        Receipt receipt = bed.receiptQueue.poll(StoreTestBed.WAIT.toSeconds(), TimeUnit.SECONDS);

        assertNotNull(receipt, "delivered again after the bean failed");
        assertEquals(2, bed.smsc.count(Counter.RECEIPTS_SENT), "the SMSC sent it twice");
        assertTrue(receipt.duplicate(), "the store had recorded it: " + receipt);
        assertEquals("twice", receipt.userReference().orElseThrow());
        MessageDetail detail = stored(id);
        assertEquals(1, detail.receipts().size(), "recorded once");
        assertEquals(2, detail.receipts().get(0).deliveries(), "delivered twice");
        assertEquals(DeliveryState.DELIVERED, detail.message().state());
    }

    @Test
    void theReceiptsOfAMultipartMessageCarryItsReferencePartsAndCombinedState() throws Exception {
        start("multipart", Profiles.generic(), "acme");
        bed.console.accounts().create(bed.account("acme", ProviderPreset.GENERIC, group("default", 1, 1, 0)).build());
        bed.smsc.awaitBound("acme", 2, StoreTestBed.WAIT);
        bed.listenForReceipts("acme");

        SubmitResult result;
        try (SmppConnection connection = bed.factory("acme", "default/1/1/0").getConnection()) {
            result = connection.submit(SmsMessage.builder().destination("+4512345678").text("long ".repeat(70))
                    .requestReceipt().reference("invoice-9").build());
        }
        assertEquals(3, result.partCount());
        await("a receipt per part", () -> bed.receipts.size() >= 3);

        Set<Integer> parts = new HashSet<>();
        for (Receipt receipt : bed.receipts) {
            assertEquals("invoice-9", receipt.userReference().orElseThrow());
            assertEquals(3, receipt.partCount().orElseThrow());
            parts.add(receipt.partNumber().orElseThrow());
            assertTrue(receipt.combinedState().isPresent());
        }
        assertEquals(Set.of(1, 2, 3), parts);
        assertTrue(bed.receipts.stream().anyMatch(r -> r.combinedState().get() == MessageState.DELIVERED),
                "the last one matched says the whole message was delivered");
        MessageDetail detail = stored(result.messageIds().get(0));
        assertEquals(3, detail.parts().size());
        assertEquals(DeliveryState.DELIVERED, detail.message().state());
        assertEquals("invoice-9", detail.message().userReference());
        assertEquals(result.messageIds(), detail.parts().stream().map(p -> p.messageId()).toList());
    }

    @Test
    void aFactorysPropertiesSeedTheStoreAndThenTheStoreDecides() throws Exception {
        start("seed", Profiles.generic(), "acme", "beta");
        SmppConnectionFactory factory = bed.factory("acme", "default/1/0/0");
        var seeded = bed.console.accounts().find("acme").orElseThrow(() -> new AssertionError("seeded"));
        assertEquals(1, seeded.definition().bindGroups().get(0).transmitters());
        assertTrue(seeded.passwordSet());
        bed.smsc.awaitBound("acme", 1, StoreTestBed.WAIT);
        try (SmppConnection connection = factory.getConnection()) {
            connection.submit(message("seeded"));
        }

        // The console's account wins over a factory naming it with other properties.
        bed.console.accounts().create(bed.account("beta", ProviderPreset.GENERIC, group("default", 1, 1, 0)).build());
        bed.factory("beta", "default/3/0/0");
        bed.smsc.awaitBound("beta", 2, StoreTestBed.WAIT);
        assertEquals(2, bed.registry().require("beta").pool().bindCount(), "the store's two binds");
        assertEquals(1, bed.console.accounts().find("beta").orElseThrow().definition().bindGroups().get(0).transmitters());

        // Restarted, the adapter runs what the store has before any factory names it.
        bed.adapter.stop();
        bed.smsc.awaitAllClosed("acme", StoreTestBed.WAIT);
        bed.adapter.start(bed.container);
        assertEquals(Set.of("acme", "beta"), bed.registry().names());
    }

    @Test
    void sessionStatusIsWrittenForTheConsoleWithItsCounters() throws Exception {
        bed = new StoreTestBed(database, "status", Profiles.generic(), List.of("acme"),
                adapter -> adapter.setStatusIntervalSeconds(1)).start();
        bed.console.accounts().create(bed.account("acme", ProviderPreset.GENERIC, group("default", 1, 1, 0)).build());
        bed.smsc.awaitBound("acme", 2, StoreTestBed.WAIT);
        bed.listenForReceipts("acme");
        try (SmppConnection connection = bed.factory("acme", "default/1/1/0").getConnection()) {
            for (int i = 0; i < 5; i++) {
                connection.submit(message("status-" + i));
            }
        }
        await("five receipts", () -> bed.receipts.size() >= 5);

        await("the status shows them", () -> {
            List<SessionStatusRow> rows = bed.console.sessionStatus().read("acme");
            return rows.size() == 2 && rows.stream().allMatch(SessionStatusRow::bound)
                    && rows.stream().mapToInt(SessionStatusRow::submitsPerMinute).sum() == 5
                    && rows.stream().mapToInt(SessionStatusRow::receiptsPerMinute).sum() == 5;
        });
        List<SessionStatusRow> rows = bed.console.sessionStatus().read("acme");
        assertEquals(Set.of("TRANSMITTER", "RECEIVER"), rows.stream().map(SessionStatusRow::bindType)
                .collect(Collectors.toSet()));
        assertTrue(rows.stream().allMatch(r -> r.node().equals("node-a") && r.bindGroup().equals("default")));
        assertTrue(rows.stream().allMatch(r -> r.errorsPerMinute() == 0));

        bed.adapter.stop();
        assertTrue(bed.console.sessionStatus().read("acme").isEmpty(), "an orderly stop removes the node's rows");
    }

    @Test
    void withDigestPrivacyNoTextIsKeptAndRetentionPurgesWhatIsOld() throws Exception {
        bed = new StoreTestBed(database, "retention", Profiles.generic(), List.of("acme"), adapter -> {
            adapter.setPrivacy("digest");
            adapter.setRetentionDays(7);
        }).start();
        bed.console.accounts().create(bed.account("acme", ProviderPreset.GENERIC, group("default", 1, 0, 0)).build());
        bed.smsc.awaitBound("acme", 1, StoreTestBed.WAIT);
        String id;
        try (SmppConnection connection = bed.factory("acme", "default/1/0/0").getConnection()) {
            id = connection.submit(message("secret-text")).messageId();
        }
        await("recorded", () -> !bed.console.messages().search(MessageSearch.all().withMessageId(id)).items().isEmpty());
        MessageSummary recent = stored(id).message();
        assertNull(recent.text(), "only the digest");
        assertEquals(64, recent.textDigest().length());

        bed.console.recorder().recordNow(new SubmissionRecord("acme", null, "4512345678", "old", "old-one",
                List.of("OLD-1"), Instant.now().minus(Duration.ofDays(8))));
        PurgeResult purged = bed.store().purge();
        assertEquals(1, purged.submissions());
        assertTrue(bed.console.messages().search(MessageSearch.all().withMessageId("OLD-1")).items().isEmpty());
        assertFalse(bed.console.messages().search(MessageSearch.all().withMessageId(id)).items().isEmpty(),
                "what is younger stays");
    }

    @Test
    void aReceiptTheStoreCannotRecordIsRefusedAndComesAgainOnceItCan() throws Exception {
        start("outage", Profiles.generic(), "acme");
        bed.console.accounts().create(bed.account("acme", ProviderPreset.GENERIC, group("default", 1, 1, 0)).build());
        bed.smsc.awaitBound("acme", 2, StoreTestBed.WAIT);
        bed.listenForReceipts("acme");
        SmppConnection connection = bed.factory("acme", "default/1/1/0").getConnection();
        String first = connection.submit(message("before")).messageId();
        await("the first receipt", () -> bed.receipts.size() == 1);
        await("its submission written", () -> bed.console.messages().search(MessageSearch.all()).items().size() == 1);

        try (java.sql.Connection c = bed.console.dataSource().getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER TABLE receipt RENAME TO receipt_away");
            try {
                connection.submit(message("during"));
                long refusedBefore = bed.smsc.count(Counter.DELIVERIES_NACKED);
                await("the receipt refused, more than once", () -> bed.smsc.count(Counter.DELIVERIES_NACKED)
                        >= refusedBefore + 2);
                assertEquals(1, bed.receipts.size(), "no bean got a receipt the store could not record");
            } finally {
                s.execute("ALTER TABLE receipt_away RENAME TO receipt");
            }
        }
        await("delivered once the store is back", () -> bed.receipts.size() == 2);
        connection.close();
        Receipt receipt = bed.receipts.get(1);
        assertTrue(receipt.matched(), receipt.toString());
        assertEquals("during", receipt.userReference().orElseThrow());
        assertFalse(receipt.duplicate(), "recorded only now");
        assertEquals(1, stored(receipt.messageId().orElseThrow()).receipts().size());
        assertEquals(1, stored(first).receipts().size());
    }
}
