package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.smpp.session.RetryTable.ESME_RMSGQFUL;
import static org.smppconnector.smpp.session.RetryTable.ESME_RTHROTTLED;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryTableTest {

    private static final long MS = 1_000_000L;
    private static final int ESME_RSYSERR = 0x08;
    private static final int ESME_RINVDSTADR = 0x0B;
    /** Makes +-20% jitter land exactly on the middle. */
    private static final RandomGenerator MIDDLE = new RandomGenerator() {
        @Override
        public double nextDouble() {
            return 0.5;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }
    };

    private final RetryTable table = new RetryTable(RetryTable.defaultRules());

    @Test
    void throttlingIsRetriedFiveTimesBackingOffAndSlowingTheSession() {
        List<Long> delays = new ArrayList<>();
        for (int attempts = 1; attempts <= 5; attempts++) {
            RetryDecision d = table.decide(ESME_RTHROTTLED, attempts, MIDDLE);
            assertTrue(d.retry(), "attempt " + attempts);
            assertTrue(d.slowsSession());
            delays.add(d.delayNanos() / MS);
        }
        assertEquals(List.of(200L, 400L, 800L, 1600L, 3200L), delays);

        RetryDecision last = table.decide(ESME_RTHROTTLED, 6, MIDDLE);
        assertFalse(last.retry());
        assertTrue(last.exhausted());
        assertTrue(last.slowsSession(), "the SMSC is still overloaded");
        assertEquals(5, table.retries(ESME_RTHROTTLED));
        assertEquals(1, table.exhausted(ESME_RTHROTTLED));
    }

    @Test
    void fullQueueIsRetriedMoreSlowly() {
        assertEquals(1_000 * MS, table.decide(ESME_RMSGQFUL, 1, MIDDLE).delayNanos());
        assertEquals(2_000 * MS, table.decide(ESME_RMSGQFUL, 2, MIDDLE).delayNanos());
        assertEquals(2, table.retries(ESME_RMSGQFUL));
        assertEquals(2, table.totalRetries());
    }

    @Test
    void otherRefusalsAreNotRetried() {
        RetryDecision d = table.decide(ESME_RINVDSTADR, 1, MIDDLE);
        assertFalse(d.retry());
        assertFalse(d.exhausted());
        assertFalse(d.slowsSession());
        assertEquals(0, table.retries(ESME_RINVDSTADR));
        assertEquals(Optional.empty(), table.ruleFor(ESME_RINVDSTADR));
    }

    @Test
    void furtherStatusesCanBeConfigured() {
        List<RetryRule> rules = new ArrayList<>(RetryTable.defaultRules());
        rules.add(new RetryRule(ESME_RSYSERR, "ESME_RSYSERR", 2, Backoff.fixed(Duration.ofSeconds(3)), false));
        RetryTable custom = new RetryTable(rules);
        RetryDecision d = custom.decide(ESME_RSYSERR, 1, MIDDLE);
        assertTrue(d.retry());
        assertFalse(d.slowsSession());
        assertEquals(3_000 * MS, d.delayNanos());
        assertTrue(custom.decide(ESME_RSYSERR, 2, MIDDLE).retry());
        assertTrue(custom.decide(ESME_RSYSERR, 3, MIDDLE).exhausted());
    }

    @Test
    void callerHearsOfThrottlingAsARetriableThrottledException() {
        ThrottledException e = assertInstanceOf(ThrottledException.class,
                table.failure("submit_sm", ESME_RTHROTTLED, null, 6));
        assertEquals("ESME_RTHROTTLED", e.commandStatusName().orElseThrow());
        assertEquals(6, e.attempts());
        assertTrue(e.isRetriable());
    }

    @Test
    void callerHearsOfOtherRefusalsAsCommandStatusErrors() {
        CommandStatusException e = table.failure("submit_sm", ESME_RINVDSTADR, "ESME_RINVDSTADR", 1);
        assertFalse(e instanceof ThrottledException);
        assertFalse(e.isRetriable());
        RetryTable custom = new RetryTable(List.of(
                new RetryRule(ESME_RSYSERR, "ESME_RSYSERR", 1, Backoff.fixed(Duration.ofSeconds(1)), false)));
        CommandStatusException sys = custom.failure("submit_sm", ESME_RSYSERR, null, 2);
        assertTrue(sys.isRetriable(), "a status the table retries stays retriable for the caller");
        assertEquals("ESME_RSYSERR", sys.commandStatusName().orElseThrow());
    }

    @Test
    void rejectsDuplicateStatusesAndNonsense() {
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> new RetryTable(List.of(
                new RetryRule(ESME_RTHROTTLED, null, 1, Backoff.fixed(Duration.ofSeconds(1)), true),
                new RetryRule(ESME_RTHROTTLED, null, 2, Backoff.fixed(Duration.ofSeconds(1)), true))));
        assertTrue(dup.getMessage().startsWith("retryRules: "), dup.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new RetryRule(1, null, -1, Backoff.fixed(Duration.ofSeconds(1)), false));
        assertThrows(IllegalArgumentException.class, () -> table.decide(ESME_RTHROTTLED, 0, MIDDLE));
    }
}
