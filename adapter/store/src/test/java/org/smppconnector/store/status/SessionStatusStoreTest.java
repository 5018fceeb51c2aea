package org.smppconnector.store.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;
import org.smppconnector.store.testing.Database;
import org.smppconnector.store.testing.StopPostgresAtEnd;
import org.smppconnector.store.testing.StoreFixture;
import org.smppconnector.store.testing.TestClock;

@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
@ExtendWith(StopPostgresAtEnd.class)
class SessionStatusStoreTest {

    @Parameter
    Database database;

    private final TestClock clock = new TestClock();
    private SmppStore store;
    private SessionStatusStore status;

    @BeforeEach
    void open() {
        store = StoreFixture.open(database.fresh("status"), StoreConfig.defaults("node-a").withClock(clock));
        status = store.sessionStatus();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SessionStatusRow row(String node, String account, String group, int index, String state, int submits) {
        return new SessionStatusRow(node, account, group, index, "smsc.example.com:2775", "TRANSCEIVER", state, 3, 10,
                clock.instant().minusSeconds(5), submits, 2, 1, null, null);
    }

    @Test
    void aNodesRowsAreReadBackWithTheTimeTheyWereWritten() {
        status.write("node-a", List.of(row("node-a", "gw", "default", 0, "BOUND_TRX", 120),
                row("node-a", "gw", "default", 1, "CONNECTING", 0)));

        List<SessionStatusRow> rows = status.read("gw");

        assertEquals(2, rows.size());
        SessionStatusRow first = rows.get(0);
        assertEquals(0, first.bindIndex());
        assertEquals("BOUND_TRX", first.state());
        assertEquals(3, first.windowInUse());
        assertEquals(10, first.windowSize());
        assertEquals(120, first.submitsPerMinute());
        assertEquals(clock.instant().minusSeconds(5), first.lastEnquireLink());
        assertEquals(clock.instant(), first.updatedAt());
    }

    @Test
    void aWriteReplacesTheNodesRowsOnlySoRemovedBindsGo() {
        status.write("node-a", List.of(row("node-a", "gw", "default", 0, "BOUND_TRX", 1),
                row("node-a", "gw", "default", 1, "BOUND_TRX", 1)));
        status.write("node-b", List.of(row("node-b", "gw", "default", 0, "BOUND_TRX", 1)));
        clock.advance(Duration.ofSeconds(5));

        status.write("node-a", List.of(row("node-a", "gw", "default", 0, "BOUND_TRX", 7)));

        List<SessionStatusRow> rows = status.read();
        assertEquals(List.of("node-a/0", "node-b/0"), rows.stream().map(r -> r.node() + "/" + r.bindIndex()).toList());
        assertEquals(7, rows.get(0).submitsPerMinute());
    }

    @Test
    void boundSessionsAreCountedPerAccountAndGroupOverAllNodes() {
        status.write("node-a", List.of(row("node-a", "gw", "default", 0, "BOUND_TRX", 0),
                row("node-a", "gw", "marketing", 1, "BINDING", 0)));
        status.write("node-b", List.of(row("node-b", "gw", "default", 0, "BOUND_TX", 0),
                row("node-b", "mitto", "default", 0, "BOUND_RX", 0)));

        assertEquals(List.of(new BoundCount("gw", "default", 2, 2), new BoundCount("gw", "marketing", 1, 0),
                new BoundCount("mitto", "default", 1, 1)), status.boundCounts());
    }

    @Test
    void staleRowsOfADeadNodeAreRemovedAndAnOrderlyStopRemovesItsOwn() {
        status.write("dead", List.of(row("dead", "gw", "default", 0, "BOUND_TRX", 0)));
        clock.advance(Duration.ofMinutes(10));
        status.write("node-a", List.of(row("node-a", "gw", "default", 0, "BOUND_TRX", 0)));

        assertEquals(1, status.deleteStale(Duration.ofMinutes(5)));
        assertEquals(List.of("node-a"), status.read().stream().map(SessionStatusRow::node).toList());

        status.removeNode("node-a");
        assertTrue(status.read().isEmpty());
    }
}
