package org.smppconnector.store.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.store.testing.StoreFixture.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
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
import org.smppconnector.store.StoreException;
import org.smppconnector.store.jdbc.BoundedPool;
import org.smppconnector.store.jdbc.UrlDataSource;
import org.smppconnector.store.query.MessageDetail;
import org.smppconnector.store.query.MessageSearch;
import org.smppconnector.store.query.MessageSummary;
import org.smppconnector.store.state.DeliveryState;
import org.smppconnector.store.testing.Database;
import org.smppconnector.store.testing.StopPostgresAtEnd;
import org.smppconnector.store.testing.StoreFixture;
import org.smppconnector.store.testing.TestClock;

@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
@ExtendWith(StopPostgresAtEnd.class)
class SubmissionRecorderTest {

    @Parameter
    Database database;

    private final TestClock clock = new TestClock();
    private Database.Target target;
    private SmppStore store;

    @BeforeEach
    void open() {
        target = database.fresh("recorder");
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private SmppStore open(RecorderSettings recorder) {
        store = StoreFixture.open(target, StoreConfig.defaults("node-a").withClock(clock).withRecorder(recorder));
        return store;
    }

    private List<MessageSummary> stored() {
        return store.messages().search(MessageSearch.all().page(0, 500)).items();
    }

    @Test
    void aSubmissionIsRecordedWithItsPartsAndTheirMessageIds() {
        open(RecorderSettings.DEFAULT);

        store.recorder().recordNow(submission("acme", "ref-1", clock.instant(), "id-1", "id-2"));

        MessageSummary summary = stored().get(0);
        assertEquals("acme", summary.account());
        assertEquals("Acme", summary.source());
        assertEquals("4512345678", summary.destination());
        assertEquals("hello ref-1", summary.text());
        assertEquals("ref-1", summary.userReference());
        assertEquals(2, summary.partCount());
        assertEquals(DeliveryState.SUBMITTED, summary.state());
        assertEquals(clock.instant(), summary.submittedAt());
        assertEquals("node-a", summary.node());
        MessageDetail detail = store.messages().message(summary.id()).orElseThrow();
        assertEquals(List.of("id-1", "id-2"), detail.parts().stream().map(p -> p.messageId()).toList());
        assertEquals(List.of(1, 2), detail.parts().stream().map(p -> p.partNumber()).toList());
    }

    @Test
    void submissionsWaitForAFullBatch() {
        open(new RecorderSettings(3, Duration.ofHours(1), 100, TextPrivacy.FULL_TEXT));

        store.recorder().record(submission("acme", "a", clock.instant(), "1"));
        store.recorder().record(submission("acme", "b", clock.instant(), "2"));
        assertEquals(0, stored().size());
        assertEquals(2, store.recorder().pending());
        assertFalse(store.recorder().flushIfDue());

        store.recorder().record(submission("acme", "c", clock.instant(), "3"));

        assertEquals(3, stored().size());
        assertEquals(0, store.recorder().pending());
        assertEquals(3, store.recorder().written());
    }

    @Test
    void aDueBatchIsWrittenByTheTimersCall() {
        open(new RecorderSettings(100, Duration.ZERO, 1000, TextPrivacy.FULL_TEXT));
        store.recorder().record(submission("acme", "a", clock.instant(), "1"));
        // maxDelay zero: the record call itself found the batch due.
        assertEquals(1, stored().size());

        store.recorder().record(submission("acme", "b", clock.instant(), "2"));
        store.recorder().flushIfDue();
        assertEquals(2, stored().size());
    }

    @Test
    void withDigestOnlyTheTextIsNotKeptButItsSha256Is() throws Exception {
        open(RecorderSettings.DEFAULT.withPrivacy(TextPrivacy.DIGEST_ONLY));

        store.recorder().recordNow(submission("acme", "secret", clock.instant(), "1"));

        MessageSummary summary = stored().get(0);
        assertNull(summary.text());
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("hello secret".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, summary.textDigest());
    }

    @Test
    void aDatabaseThatFailsKeepsTheSubmissionsQueuedAndDropsOnlyBeyondTheLimit() {
        // A real failure: an H2 database that must exist but does not.
        String missing = "jdbc:h2:file:./target/h2-tests/absent-" + System.nanoTime() + ";IFEXISTS=TRUE";
        try (BoundedPool pool = new BoundedPool(new UrlDataSource(missing, "sa", ""), 2, Duration.ofSeconds(1))) {
            SubmissionRecorder recorder = new SubmissionRecorder(pool,
                    new RecorderSettings(2, Duration.ofHours(1), 3, TextPrivacy.FULL_TEXT), "node-a", () -> { });

            recorder.record(submission("acme", "a", clock.instant(), "1"));
            recorder.record(submission("acme", "b", clock.instant(), "2"));   // full: tries, fails, keeps
            assertEquals(2, recorder.pending());
            assertThrows(StoreException.class, recorder::flush);
            assertEquals(2, recorder.pending());

            recorder.record(submission("acme", "c", clock.instant(), "3"));
            recorder.record(submission("acme", "d", clock.instant(), "4"));
            assertEquals(3, recorder.pending());
            assertEquals(1, recorder.dropped());
            assertEquals(0, recorder.written());
        }
    }

    @Test
    void badSubmissionsAreRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> submission("acme", "r", clock.instant()));
        assertTrue(e.getMessage().startsWith("messageIds"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SubmissionRecord("acme", null, " ", null, null,
                List.of("1"), clock.instant()));
        assertTrue(e.getMessage().startsWith("destination"), e.getMessage());
    }
}
