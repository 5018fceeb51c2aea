package org.smppconnector.smpp.session;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;

/**
 * Which refusals an account retries, and the counts of what it did: one per account, shared
 * by its binds, thread-safe. A request is retried while its rule allows; the caller hears of
 * the refusal only when the retries are used up ({@link #failure}).
 */
public final class RetryTable {

    /** Message queue full: the SMSC cannot take more right now. */
    public static final int ESME_RMSGQFUL = 0x14;
    /** Throttling error: the client exceeded its allowed message rate. */
    public static final int ESME_RTHROTTLED = 0x58;

    private final Map<Integer, Row> rows;

    public RetryTable(Collection<RetryRule> rules) {
        Map<Integer, Row> byStatus = new HashMap<>();
        for (RetryRule rule : rules) {
            if (byStatus.put(rule.commandStatus(), new Row(rule)) != null) {
                throw new IllegalArgumentException(String.format(
                        "retryRules: command_status 0x%08X appears twice", rule.commandStatus()));
            }
        }
        this.rows = Map.copyOf(byStatus);
    }

    /** Throttling and a full queue, five retries each, pausing the session. */
    public static List<RetryRule> defaultRules() {
        return List.of(
                new RetryRule(ESME_RTHROTTLED, "ESME_RTHROTTLED", 5,
                        Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(5)).withJitter(Jitter.plusMinus(0.2)),
                        true),
                new RetryRule(ESME_RMSGQFUL, "ESME_RMSGQFUL", 5,
                        Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30)).withJitter(Jitter.plusMinus(0.2)),
                        true));
    }

    public Optional<RetryRule> ruleFor(int commandStatus) {
        Row row = rows.get(commandStatus);
        return row == null ? Optional.empty() : Optional.of(row.rule);
    }

    /**
     * Decides about a request refused with {@code commandStatus} after {@code attemptsMade}
     * sends (1 after the first), and counts the decision.
     */
    public RetryDecision decide(int commandStatus, int attemptsMade, RandomGenerator random) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("attemptsMade counts the first send: " + attemptsMade);
        }
        Row row = rows.get(commandStatus);
        if (row == null) {
            return RetryDecision.NOT_RETRIABLE;
        }
        RetryRule rule = row.rule;
        long delay = rule.backoff().delayNanos(Math.min(attemptsMade, rule.maxRetries() + 1) - 1, random);
        if (attemptsMade > rule.maxRetries()) {
            row.exhausted.increment();
            return RetryDecision.exhausted(delay, rule.slowsSession());
        }
        row.retries.increment();
        return RetryDecision.retryAfter(delay, rule.slowsSession());
    }

    /**
     * The error the caller gets for a refusal that will not be retried (any more): a
     * {@link ThrottledException} for the statuses that slow the session, else a
     * {@link CommandStatusException}, retriable when a rule covers it.
     *
     * @param statusName the status's name, or null to take the rule's
     */
    public CommandStatusException failure(String command, int commandStatus, String statusName, int attempts) {
        Row row = rows.get(commandStatus);
        String name = statusName != null || row == null ? statusName : row.rule.statusName();
        if (row != null && row.rule.slowsSession()) {
            return new ThrottledException(command, commandStatus, name, attempts);
        }
        return new CommandStatusException(command, commandStatus, name, row != null);
    }

    /** Retries made for this status so far. */
    public long retries(int commandStatus) {
        Row row = rows.get(commandStatus);
        return row == null ? 0 : row.retries.sum();
    }

    /** Requests that failed with this status after using up their retries. */
    public long exhausted(int commandStatus) {
        Row row = rows.get(commandStatus);
        return row == null ? 0 : row.exhausted.sum();
    }

    public long totalRetries() {
        return rows.values().stream().mapToLong(r -> r.retries.sum()).sum();
    }

    private static final class Row {
        final RetryRule rule;
        final LongAdder retries = new LongAdder();
        final LongAdder exhausted = new LongAdder();

        Row(RetryRule rule) {
            this.rule = rule;
        }
    }
}
