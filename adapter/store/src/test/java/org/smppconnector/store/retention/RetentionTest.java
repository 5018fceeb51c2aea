package org.smppconnector.store.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.store.testing.StoreFixture.receipt;
import static org.smppconnector.store.testing.StoreFixture.submission;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.query.MessageSearch;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.testing.Database;
import org.smppconnector.store.testing.StopPostgresAtEnd;
import org.smppconnector.store.testing.StoreFixture;
import org.smppconnector.store.testing.TestClock;

@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
@ExtendWith(StopPostgresAtEnd.class)
class RetentionTest {

    @Parameter
    Database database;

    private final TestClock clock = new TestClock();
    private SmppStore store;

    @BeforeEach
    void open() {
        store = StoreFixture.open(database.fresh("retention"), StoreConfig.defaults("node-a").withClock(clock));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void messagesWithReceipts(int count, String prefix) {
        for (int i = 0; i < count; i++) {
            store.recorder().record(submission("acme", prefix + i, clock.instant(), prefix + i + "-a", prefix + i + "-b"));
        }
        store.recorder().flush();
        for (int i = 0; i < count; i++) {
            store.matcher().match(receipt("acme", prefix + i + "-a", DeliveryState.DELIVERED, clock.instant()));
        }
    }

    @Test
    void purgesWhatIsOlderThanTheAgeInBatchesAndKeepsTheRest() {
        messagesWithReceipts(10, "old");
        clock.advance(Duration.ofDays(40));
        messagesWithReceipts(2, "new");

        PurgeResult result = store.retention().purge(Duration.ofDays(30), 3, 100);

        assertEquals(10, result.submissions());
        assertEquals(20, result.parts());
        assertEquals(10, result.receipts());
        assertTrue(result.complete());
        assertEquals(2, store.messages().search(MessageSearch.all()).items().size());
        Instant epoch = Instant.EPOCH;
        assertEquals(2L, store.messages().countsByState(epoch, clock.instant().plusSeconds(1), null)
                .get(DeliveryState.SUBMITTED));
    }

    @Test
    void stopsAtItsBatchLimitAndSaysMoreIsLeft() {
        messagesWithReceipts(10, "old");
        clock.advance(Duration.ofDays(40));

        PurgeResult first = store.retention().purge(Duration.ofDays(30), 4, 2);

        assertFalse(first.complete());
        assertEquals(4, first.receipts());
        assertEquals(4, first.submissions());

        PurgeResult rest = store.retention().purge(Duration.ofDays(30), 4, 100);
        assertTrue(rest.complete());
        assertEquals(6, rest.submissions());
        assertEquals(6, rest.receipts());
    }
}
