package org.smppconnector.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.store.testing.StoreFixture.receipt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.submission.SubmissionRecord;
import org.smppconnector.store.testing.Database;
import org.smppconnector.store.testing.StopPostgresAtEnd;
import org.smppconnector.store.testing.StoreFixture;
import org.smppconnector.store.testing.TestClock;

@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
@ExtendWith(StopPostgresAtEnd.class)
class MessageQueriesTest {

    @Parameter
    Database database;

    private final TestClock clock = new TestClock();
    private final Instant start = clock.instant();
    private SmppStore store;
    private MessageQueries queries;

    @BeforeEach
    void open() {
        store = StoreFixture.open(database.fresh("queries"), StoreConfig.defaults("node-a").withClock(clock));
        queries = store.messages();
        // Minute 0: three messages to two destinations on two accounts; one delivered after 10 s.
        record("acme", "Acme", "4511111111", "ref-1", "M-1");
        record("acme", "Shop", "4522222222", "ref-2", "M-2", "M-3");
        record("globex", "Globex", "4511111111", "ref-3", "G-1");
        clock.advance(Duration.ofSeconds(10));
        store.matcher().match(receipt("acme", "M-1", DeliveryState.DELIVERED, clock.instant()));
        // At 70 s (minute 1) a part of ref-2 fails; ref-4, submitted at 20 s, is delivered at 50 s.
        clock.advance(Duration.ofSeconds(60));
        store.matcher().match(receipt("acme", "M-2", DeliveryState.UNDELIVERABLE, clock.instant()));
        clock.advance(Duration.ofSeconds(-50));
        record("globex", "Globex", "4533333333", "ref-4", "G-2");
        clock.advance(Duration.ofSeconds(30));
        store.matcher().match(receipt("globex", "G-2", DeliveryState.ENROUTE, clock.instant()));
        store.matcher().match(receipt("globex", "G-2", DeliveryState.DELIVERED, clock.instant()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void record(String account, String source, String destination, String reference, String... ids) {
        store.recorder().recordNow(new SubmissionRecord(account, source, destination, "text " + reference, reference,
                List.of(ids), clock.instant()));
    }

    private List<String> references(MessageSearch search) {
        return queries.search(search).items().stream().map(MessageSummary::userReference).toList();
    }

    @Test
    void searchesByEachCriterionNewestFirst() {
        assertEquals(List.of("ref-4", "ref-3", "ref-2", "ref-1"), references(MessageSearch.all()));
        assertEquals(List.of("ref-2"), references(MessageSearch.all().withMessageId("M-3")));
        assertEquals(List.of("ref-3", "ref-1"), references(MessageSearch.all().withDestination("4511111111")));
        assertEquals(List.of("ref-2"), references(MessageSearch.all().withSource("Shop")));
        assertEquals(List.of("ref-4", "ref-3"), references(MessageSearch.all().withAccount("globex")));
        assertEquals(List.of("ref-4", "ref-1"), references(MessageSearch.all().withState(DeliveryState.DELIVERED)));
        assertEquals(List.of("ref-3"), references(MessageSearch.all().withUserReference("ref-3")));
        assertEquals(List.of("ref-4"), references(MessageSearch.all().between(start.plusSeconds(1), start.plusSeconds(3600))));
        assertEquals(List.of("ref-1"), references(MessageSearch.all().withAccount("acme").withDestination("4511111111")));
    }

    @Test
    void pagesSayWhetherMoreFollow() {
        Page<MessageSummary> first = queries.search(MessageSearch.all().page(0, 3));
        Page<MessageSummary> second = queries.search(MessageSearch.all().page(3, 3));

        assertEquals(3, first.items().size());
        assertTrue(first.hasMore());
        assertEquals(List.of("ref-1"), second.items().stream().map(MessageSummary::userReference).toList());
        assertFalse(second.hasMore());
    }

    @Test
    void aMessageComesWithItsPartsAndTheirReceiptsInOrder() {
        long id = queries.search(MessageSearch.all().withUserReference("ref-4")).items().get(0).id();

        MessageDetail detail = queries.message(id).orElseThrow();

        assertEquals(DeliveryState.DELIVERED, detail.message().state());
        assertEquals(List.of("G-2"), detail.parts().stream().map(PartDetail::messageId).toList());
        assertEquals(List.of(DeliveryState.ENROUTE, DeliveryState.DELIVERED),
                detail.receipts().stream().map(ReceiptDetail::state).toList());
        assertTrue(queries.message(id + 1000).isEmpty());
    }

    @Test
    void countsMessagesPerState() {
        Map<DeliveryState, Long> counts = queries.countsByState(start, start.plusSeconds(3600), null);

        assertEquals(Map.of(DeliveryState.DELIVERED, 2L, DeliveryState.UNDELIVERABLE, 1L, DeliveryState.SUBMITTED, 1L),
                counts);
        assertEquals(Map.of(DeliveryState.SUBMITTED, 1L, DeliveryState.DELIVERED, 1L),
                queries.countsByState(start, start.plusSeconds(3600), "globex"));
    }

    @Test
    void countsDeliveredAndFailedPerMinute() {
        List<MinuteCount> minutes = queries.deliveredFailedPerMinute(start, start.plusSeconds(3600), null);

        assertEquals(List.of(new MinuteCount(start, 2, 0), new MinuteCount(start.plusSeconds(60), 0, 1)), minutes);
    }

    @Test
    void measuresDeliveryLatency() {
        LatencyStats stats = queries.deliveryLatency(start, start.plusSeconds(3600), null);

        assertEquals(2, stats.count());
        assertEquals(Duration.ofSeconds(20), stats.mean());
        assertEquals(Duration.ofSeconds(20), stats.median());
        assertEquals(Duration.ofSeconds(29), stats.p95());
        assertEquals(Duration.ofSeconds(30), stats.max());
        assertEquals(0, queries.deliveryLatency(start.plusSeconds(7200), start.plusSeconds(9000), null).count());
    }
}
