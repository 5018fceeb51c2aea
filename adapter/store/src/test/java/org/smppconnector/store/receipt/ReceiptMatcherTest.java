package org.smppconnector.store.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.store.testing.StoreFixture.receipt;
import static org.smppconnector.store.testing.StoreFixture.seconds;
import static org.smppconnector.store.testing.StoreFixture.submission;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smppconnector.smpp.receipt.DeliveryReceipt;
import org.smppconnector.smpp.receipt.MessageIdNormalization;
import org.smppconnector.smpp.receipt.ReceiptParser;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.query.MessageDetail;
import org.smppconnector.store.query.MessageSearch;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.submission.RecorderSettings;
import org.smppconnector.store.submission.SubmissionRecord;
import org.smppconnector.store.testing.Database;
import org.smppconnector.store.testing.StopPostgresAtEnd;
import org.smppconnector.store.testing.StoreFixture;
import org.smppconnector.store.testing.TestClock;

@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
@ExtendWith(StopPostgresAtEnd.class)
class ReceiptMatcherTest {

    @Parameter
    Database database;

    private final TestClock clock = new TestClock();
    private Database.Target target;
    private SmppStore store;

    @BeforeEach
    void open() {
        target = database.fresh("matcher");
        store = StoreFixture.open(target, config("node-a"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StoreConfig config(String node) {
        // A long delay: only a full batch, a flush or a receipt that misses writes submissions.
        return StoreConfig.defaults(node).withClock(clock)
                .withRecorder(RecorderSettings.DEFAULT.withMaxDelay(Duration.ofHours(1)));
    }

    @Test
    void matchesAReceiptToItsSubmissionAndHandsBackTheUserReference() {
        store.recorder().recordNow(submission("acme", "order-17", clock.instant(), "MSG-1"));
        clock.advance(seconds(3));

        ReceiptMatch match = store.matcher().match(receipt("acme", "MSG-1", DeliveryState.DELIVERED, clock.instant()));

        assertTrue(match.matched());
        assertFalse(match.duplicate());
        assertEquals("order-17", match.userReference());
        assertEquals(DeliveryState.DELIVERED, match.partState());
        assertEquals(DeliveryState.DELIVERED, match.combinedState());
        assertEquals(1, match.partNumber());
        assertEquals(1, match.partCount());
        MessageDetail detail = store.messages().message(match.submissionId()).orElseThrow();
        assertEquals(DeliveryState.DELIVERED, detail.message().state());
        assertEquals(1, detail.receipts().size());
        assertEquals("node-a", detail.receipts().get(0).node());
    }

    @Test
    void theSameMessageIdOnAnotherAccountIsAnotherMessage() {
        store.recorder().recordNow(submission("acme", "acme-ref", clock.instant(), "1"));
        store.recorder().recordNow(submission("globex", "globex-ref", clock.instant(), "1"));

        ReceiptMatch match = store.matcher().match(receipt("globex", "1", DeliveryState.DELIVERED, clock.instant()));

        assertEquals("globex-ref", match.userReference());
    }

    @Test
    void aLateEnrouteAfterDeliveredLeavesDelivered() {
        store.recorder().recordNow(submission("acme", "r", clock.instant(), "MSG-2"));
        store.matcher().match(receipt("acme", "MSG-2", DeliveryState.DELIVERED, clock.instant()));
        clock.advance(seconds(1));

        ReceiptMatch late = store.matcher().match(receipt("acme", "MSG-2", DeliveryState.ENROUTE, clock.instant()));

        assertTrue(late.matched());
        assertEquals(DeliveryState.DELIVERED, late.partState());
        assertEquals(DeliveryState.DELIVERED, late.combinedState());
        MessageDetail detail = store.messages().message(late.submissionId()).orElseThrow();
        assertEquals(DeliveryState.DELIVERED, detail.message().state());
        assertEquals(DeliveryState.DELIVERED, detail.parts().get(0).state());
        assertEquals(2, detail.receipts().size(), "both receipts are recorded, only one decides");
    }

    @Test
    void anEnrouteThenDeliveredEndsDelivered() {
        store.recorder().recordNow(submission("acme", "r", clock.instant(), "MSG-3"));
        ReceiptMatch first = store.matcher().match(receipt("acme", "MSG-3", DeliveryState.ENROUTE, clock.instant()));
        assertEquals(DeliveryState.ENROUTE, first.combinedState());

        ReceiptMatch second = store.matcher().match(receipt("acme", "MSG-3", DeliveryState.DELIVERED, clock.instant()));

        assertEquals(DeliveryState.DELIVERED, second.combinedState());
    }

    @Test
    void aReceiptDeliveredTwiceIsRecordedOnce() {
        store.recorder().recordNow(submission("acme", "r", clock.instant(), "MSG-4"));
        ReceiptRecord receipt = receipt("acme", "MSG-4", DeliveryState.DELIVERED, clock.instant());
        ReceiptMatch first = store.matcher().match(receipt);
        clock.advance(seconds(5));

        ReceiptMatch again = store.matcher().match(new ReceiptRecord(receipt.account(), receipt.messageId(), receipt.state(),
                receipt.errorCode(), receipt.submitDate(), receipt.doneDate(), clock.instant(), "another-session",
                receipt.text()));

        assertFalse(first.duplicate());
        assertTrue(again.duplicate());
        assertEquals("r", again.userReference());
        MessageDetail detail = store.messages().message(first.submissionId()).orElseThrow();
        assertEquals(1, detail.receipts().size());
        assertEquals(2, detail.receipts().get(0).deliveries());
    }

    @Test
    void duplicatesWithinOneBatchAreRecordedOnce() {
        store.recorder().recordNow(submission("acme", "r", clock.instant(), "MSG-5"));
        ReceiptRecord receipt = receipt("acme", "MSG-5", DeliveryState.DELIVERED, clock.instant());

        List<ReceiptMatch> matches = store.matcher().matchAll(List.of(receipt, receipt, receipt));

        assertFalse(matches.get(0).duplicate());
        assertTrue(matches.get(1).duplicate());
        assertTrue(matches.get(2).duplicate());
        MessageDetail detail = store.messages().message(matches.get(0).submissionId()).orElseThrow();
        assertEquals(1, detail.receipts().size());
        assertEquals(3, detail.receipts().get(0).deliveries());
    }

    @Test
    void aMultipartMessageHasAStatePerPartAndACombinedState() {
        store.recorder().recordNow(submission("acme", "long", clock.instant(), "P-1", "P-2", "P-3"));

        ReceiptMatch p1 = store.matcher().match(receipt("acme", "P-1", DeliveryState.DELIVERED, clock.instant()));
        assertEquals(DeliveryState.DELIVERED, p1.partState());
        assertEquals(DeliveryState.SUBMITTED, p1.combinedState(), "the least advanced part decides");
        assertEquals(3, p1.partCount());

        ReceiptMatch p2 = store.matcher().match(receipt("acme", "P-2", DeliveryState.ENROUTE, clock.instant()));
        assertEquals(2, p2.partNumber());
        assertEquals(DeliveryState.SUBMITTED, p2.combinedState());

        ReceiptMatch p3 = store.matcher().match(receipt("acme", "P-3", DeliveryState.DELIVERED, clock.instant()));
        assertEquals(DeliveryState.ENROUTE, p3.combinedState());

        ReceiptMatch p2done = store.matcher().match(receipt("acme", "P-2", DeliveryState.DELIVERED, clock.instant()));
        assertEquals(DeliveryState.DELIVERED, p2done.combinedState(), "all parts delivered");

        MessageDetail detail = store.messages().message(p1.submissionId()).orElseThrow();
        assertEquals(List.of(DeliveryState.DELIVERED, DeliveryState.DELIVERED, DeliveryState.DELIVERED),
                detail.parts().stream().map(p -> p.state()).toList());
        assertEquals(DeliveryState.DELIVERED, detail.message().state());
    }

    @Test
    void anyFailedPartFailsTheMessage() {
        store.recorder().recordNow(submission("acme", "long", clock.instant(), "F-1", "F-2"));
        store.matcher().match(receipt("acme", "F-1", DeliveryState.DELIVERED, clock.instant()));

        ReceiptMatch failed = store.matcher().match(receipt("acme", "F-2", DeliveryState.UNDELIVERABLE, clock.instant()));

        assertEquals(DeliveryState.UNDELIVERABLE, failed.partState());
        assertEquals(DeliveryState.UNDELIVERABLE, failed.combinedState());
    }

    @Test
    void aReceiptFasterThanItsSubmissionsBatchIsMatchedAfterWritingTheBatch() {
        store.recorder().record(submission("acme", "queued", clock.instant(), "Q-1"));
        assertTrue(store.recorder().hasPending(), "the batch is neither full nor due");

        ReceiptMatch match = store.matcher().match(receipt("acme", "Q-1", DeliveryState.DELIVERED, clock.instant()));

        assertTrue(match.matched());
        assertEquals("queued", match.userReference());
        assertFalse(store.recorder().hasPending());
    }

    @Test
    void aReceiptOnAnotherNodeBeforeTheSubmissionIsMatchedWhenTheSubmissionArrives() {
        try (SmppStore nodeB = StoreFixture.open(target, config("node-b"))) {
            store.recorder().record(submission("acme", "from-a", clock.instant(), "X-1"));

            ReceiptMatch early = nodeB.matcher().match(receipt("acme", "X-1", DeliveryState.DELIVERED, clock.instant()));
            assertFalse(early.matched(), "node B cannot see node A's queue");

            store.recorder().flush();    // node A's batch: its sweep finds the waiting receipt

            long id = store.messages().search(MessageSearch.all().withUserReference("from-a")).items().get(0).id();
            MessageDetail detail = store.messages().message(id).orElseThrow();
            assertEquals(DeliveryState.DELIVERED, detail.message().state());
            assertEquals(1, detail.receipts().size());
            assertEquals("node-b", detail.receipts().get(0).node());

            ReceiptMatch redelivered = nodeB.matcher().match(receipt("acme", "X-1", DeliveryState.DELIVERED, clock.instant()));
            assertTrue(redelivered.duplicate());
            assertTrue(redelivered.matched(), "redelivered after the submission arrived, it is matched");
            assertEquals("from-a", redelivered.userReference());
        }
    }

    @Test
    void aRedeliveredReceiptOfAnUnmatchedOneAppliesItsStateOnce() {
        try (SmppStore nodeB = StoreFixture.open(target, config("node-b"))) {
            ReceiptMatch early = nodeB.matcher().match(receipt("acme", "Y-1", DeliveryState.DELIVERED, clock.instant()));
            assertFalse(early.matched());
            // Written directly, with no sweep in between: only the redelivery can match it.
            nodeB.recorder().recordNow(submission("acme", "late", clock.instant(), "Y-1"));
            ReceiptMatch again = nodeB.matcher().match(receipt("acme", "Y-1", DeliveryState.DELIVERED, clock.instant()));

            assertTrue(again.matched());
            assertTrue(again.duplicate());
            assertEquals(DeliveryState.DELIVERED, again.combinedState());
        }
    }

    @Test
    void receiptsSpreadOverSessionsAndNodesAreAllMatched() throws Exception {
        int messages = 400;
        List<SubmissionRecord> submissions = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            submissions.add(submission("gw", "ref-" + i, clock.instant(), "GW-" + i));
        }
        try (SmppStore nodeB = StoreFixture.open(target, config("node-b"))) {
            submissions.forEach(store.recorder()::record);
            store.recorder().flush();
            // GatewayAPI spreads receipts over every session of the account, on every server:
            // two nodes, two sessions each, each receipt on one of them, with an ENROUTE first.
            SmppStore[] nodes = {store, nodeB};
            ExecutorService sessions = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<ReceiptMatch>>> results = new ArrayList<>();
                for (int session = 0; session < 4; session++) {
                    int s = session;
                    results.add(sessions.submit(() -> {
                        List<ReceiptMatch> matches = new ArrayList<>();
                        for (int i = s; i < messages; i += 4) {
                            SmppStore node = nodes[s % 2];
                            node.matcher().match(receipt("gw", "GW-" + i, DeliveryState.ENROUTE, clock.instant(), "s" + s));
                            matches.add(node.matcher().match(
                                    receipt("gw", "GW-" + i, DeliveryState.DELIVERED, clock.instant(), "s" + s)));
                        }
                        return matches;
                    }));
                }
                int matched = 0;
                for (Future<List<ReceiptMatch>> result : results) {
                    for (ReceiptMatch match : result.get()) {
                        assertTrue(match.matched(), match.receipt().messageId());
                        assertEquals("ref-" + match.receipt().messageId().substring(3), match.userReference());
                        assertEquals(DeliveryState.DELIVERED, match.combinedState());
                        matched++;
                    }
                }
                assertEquals(messages, matched);
            } finally {
                sessions.shutdownNow();
            }
        }
        assertEquals(messages, (long) store.messages().countsByState(clock.instant().minusSeconds(1),
                clock.instant().plusSeconds(1), "gw").get(DeliveryState.DELIVERED));
    }

    @Test
    void partsOfOneMessageReceiptedOnTwoNodesAtOnceCombineToDelivered() throws Exception {
        int messages = 100;
        for (int i = 0; i < messages; i++) {
            store.recorder().record(submission("gw", "m-" + i, clock.instant(), "A-" + i, "B-" + i));
        }
        store.recorder().flush();
        try (SmppStore nodeB = StoreFixture.open(target, config("node-b"))) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = pool.submit(() -> {
                    for (int i = 0; i < messages; i++) {
                        store.matcher().match(receipt("gw", "A-" + i, DeliveryState.DELIVERED, clock.instant()));
                    }
                });
                Future<?> b = pool.submit(() -> {
                    for (int i = 0; i < messages; i++) {
                        nodeB.matcher().match(receipt("gw", "B-" + i, DeliveryState.DELIVERED, clock.instant()));
                    }
                });
                a.get();
                b.get();
            } finally {
                pool.shutdownNow();
            }
        }
        assertEquals(messages, (long) store.messages().countsByState(clock.instant().minusSeconds(1),
                clock.instant().plusSeconds(1), "gw").get(DeliveryState.DELIVERED));
    }

    @Test
    void aParsedReceiptMatchesThroughTheAccountsIdNormalisation() {
        // The SMSC answers submit_sm in hex and writes the receipt's id in decimal.
        store.recorder().recordNow(new SubmissionRecord("hexco", null, "4512345678", "hi", "hex-ref",
                SubmissionRecord.keys(List.of("0A1B2C"), MessageIdNormalization.HEX_TO_DECIMAL), clock.instant()));
        DeliveryReceipt parsed = ReceiptParser.lenient().parse(
                "id:662316 sub:001 dlvrd:001 submit date:2603011000 done date:2603011001 stat:DELIVRD err:000 text:hi");

        ReceiptMatch match = store.matcher().match(ReceiptRecord.from("hexco", parsed, MessageIdNormalization.HEX_TO_DECIMAL,
                ZoneOffset.UTC, "rx-1", clock.instant()));

        assertTrue(match.matched());
        assertEquals("hex-ref", match.userReference());
        MessageDetail detail = store.messages().message(match.submissionId()).orElseThrow();
        assertEquals(java.time.Instant.parse("2026-03-01T10:01:00Z"), detail.receipts().get(0).doneDate());
        assertEquals("000", detail.receipts().get(0).errorCode());
    }
}
