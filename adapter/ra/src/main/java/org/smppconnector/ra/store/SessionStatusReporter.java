package org.smppconnector.ra.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.smppconnector.ra.Account;
import org.smppconnector.ra.AccountRegistry;
import org.smppconnector.smpp.pool.BindStatus;
import org.smppconnector.smpp.session.SessionStatus;
import org.smppconnector.store.status.SessionStatusRow;
import org.smppconnector.store.status.SessionStatusStore;

/**
 * Writes this node's session status for the console: one row per configured bind of every
 * running account (state, window in use, last answered enquire_link, last problem), with
 * submits, receipts and errors over the last minute. The rates come from the sessions' own
 * counters, sampled at each write, so counting costs the send path nothing; a bind that
 * rebound starts counting again.
 */
public final class SessionStatusReporter {

    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final String node;
    private final AccountRegistry registry;
    private final SessionStatusStore store;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Map<BindKey, List<Sample>> history = new HashMap<>();

    private record BindKey(String account, int index) {
    }

    /** A bind's counters at one moment. */
    private record Sample(long atNanos, long boundAtNanos, long submits, long received, long errors) {
    }

    /**
     * @param nanoTime the sessions' clock (the adapter's scheduler)
     */
    public SessionStatusReporter(String node, AccountRegistry registry, SessionStatusStore store, Clock clock,
                                 LongSupplier nanoTime) {
        this.node = Objects.requireNonNull(node, "node");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Replaces this node's rows by the binds running now. */
    public synchronized void write() {
        store.write(node, rows());
    }

    /** At an orderly stop: this node has no binds any more. */
    public synchronized void removeNode() {
        store.removeNode(node);
    }

    synchronized List<SessionStatusRow> rows() {
        Instant now = clock.instant();
        long nowNanos = nanoTime.getAsLong();
        List<SessionStatusRow> rows = new ArrayList<>();
        Set<BindKey> seen = new HashSet<>();
        for (Account account : registry.accounts()) {
            for (BindStatus bind : account.pool().status()) {
                BindKey key = new BindKey(account.name(), bind.index());
                seen.add(key);
                rows.add(row(account, bind, key, now, nowNanos));
            }
        }
        history.keySet().retainAll(seen);
        return rows;
    }

    private SessionStatusRow row(Account account, BindStatus bind, BindKey key, Instant now, long nowNanos) {
        SessionStatus session = bind.session();
        String group = account.definition().groupOfSystemType(bind.systemType());
        String host = bind.address() == null ? null : bind.address().host() + ":" + bind.address().port();
        if (session == null) {
            history.remove(key);
            return new SessionStatusRow(node, account.name(), group, bind.index(), host, bind.bindType().name(),
                    "CLOSED", 0, account.definition().settings().windowSize(), null, 0, 0, 0, bind.lastProblem(), now);
        }
        Sample sample = new Sample(nowNanos, session.boundAtNanos(), session.responsesOk(), session.inboundReceived(),
                session.requestsFailed() + session.inboundRefused());
        Sample base = baseline(key, sample);
        Instant lastEnquireLink = session.lastEnquireLinkAnsweredNanos() == 0 ? null
                : now.minusNanos(Math.max(0, nowNanos - session.lastEnquireLinkAnsweredNanos()));
        return new SessionStatusRow(node, account.name(), group, bind.index(), host, bind.bindType().name(),
                session.state().name(), session.windowInUse(), session.windowLimit(), lastEnquireLink,
                rate(sample.submits - base.submits), rate(sample.received - base.received),
                rate(sample.errors - base.errors), bind.lastProblem(), now);
    }

    /**
     * The sample to count from: the newest one at least a minute old; when the session is younger
     * than that (no such sample), its counters started at zero. A new session starts the history over.
     */
    private Sample baseline(BindKey key, Sample sample) {
        List<Sample> samples = history.computeIfAbsent(key, k -> new ArrayList<>());
        if (!samples.isEmpty() && samples.get(samples.size() - 1).boundAtNanos != sample.boundAtNanos) {
            samples.clear();
        }
        samples.add(sample);
        long minuteAgo = sample.atNanos - MINUTE_NANOS;
        while (samples.size() > 1 && samples.get(1).atNanos <= minuteAgo) {
            samples.remove(0);
        }
        Sample oldest = samples.get(0);
        return oldest.atNanos <= minuteAgo ? oldest : new Sample(minuteAgo, sample.boundAtNanos, 0, 0, 0);
    }

    private static int rate(long count) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, count));
    }
}
