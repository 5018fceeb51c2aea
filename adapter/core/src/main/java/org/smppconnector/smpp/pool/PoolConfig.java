package org.smppconnector.smpp.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.smppconnector.smpp.session.BindType;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.session.SessionSettings;
import org.smppconnector.smpp.session.time.NanoClock;
import org.smppconnector.smpp.split.ReferenceAllocator;
import org.smppconnector.smpp.split.Splitter;
import org.smppconnector.smpp.transport.Connector;

/**
 * One consistent view of an account's settings and binds, and what is built from them. Immutable;
 * {@link AccountPool} replaces it whole when the account is reconfigured, so a sender reads one
 * field and sees either the old account or the new one, never a mix.
 */
final class PoolConfig {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    final AccountSettings settings;
    /** Null until the pool starts (it loads the TLS key stores). */
    final Connector connector;
    final RetryTable retryTable;
    /** Null when the account has no TPS limit. */
    final TokenBucket tokenBucket;
    final Splitter splitter;
    /** Shared by every splitter the account has, so a new one does not reuse references early. */
    final ReferenceAllocator references;
    final long windowWaitNanos;
    final int sessionCap;
    /** Every bind, by index. */
    final List<BindSlot> slots;
    final BindSelector<BindSlot> transmitters;

    private PoolConfig(AccountSettings settings, Connector connector, RetryTable retryTable, TokenBucket tokenBucket,
                       Splitter splitter, ReferenceAllocator references, List<BindSlot> slots) {
        this.settings = settings;
        this.connector = connector;
        this.retryTable = retryTable;
        this.tokenBucket = tokenBucket;
        this.splitter = splitter;
        this.references = references;
        this.windowWaitNanos = settings.windowWait().toNanos();
        this.sessionCap = settings.sessionCap().orElse(Integer.MAX_VALUE);
        this.slots = List.copyOf(slots);
        List<BindSlot> canTransmit = new ArrayList<>();
        for (BindSlot slot : slots) {
            if (slot.type.canTransmit()) {
                canTransmit.add(slot);
            }
        }
        this.transmitters = BindSelector.over(canTransmit);
    }

    /** The first configuration of an account: nothing shared with an earlier one. */
    static PoolConfig initial(AccountSettings settings, NanoClock clock, List<BindSlot> slots) {
        ReferenceAllocator references = new ReferenceAllocator();
        return new PoolConfig(settings, null, new RetryTable(settings.retryRules()), tokenBucket(settings, clock),
                splitter(settings, references), references, slots);
    }

    /**
     * The configuration for {@code next}: what did not change is carried over (the retry table
     * with its counts, the TPS bucket with its state, the TLS connector).
     *
     * @throws org.smppconnector.smpp.transport.TlsConfigException when new TLS key stores cannot be used
     */
    PoolConfig next(AccountSettings next, NanoClock clock, List<BindSlot> newSlots) {
        Connector nextConnector = connector == null || next.tls().equals(settings.tls()) ? connector
                : next.tls().connector(CONNECT_TIMEOUT);
        RetryTable nextRetries = next.retryRules().equals(settings.retryRules()) ? retryTable
                : new RetryTable(next.retryRules());
        TokenBucket nextBucket = next.tpsLimit().equals(settings.tpsLimit()) && next.tpsBurst() == settings.tpsBurst()
                ? tokenBucket : tokenBucket(next, clock);
        Splitter nextSplitter = next.segmentation().equals(settings.segmentation()) ? splitter
                : splitter(next, references);
        return new PoolConfig(next, nextConnector, nextRetries, nextBucket, nextSplitter, references, newSlots);
    }

    /** This configuration with the connector the started pool uses. */
    PoolConfig started(Connector startedConnector) {
        return new PoolConfig(settings, startedConnector, retryTable, tokenBucket, splitter, references, slots);
    }

    /** What one bind presents and how it runs. */
    SessionSettings sessionSettings(BindSlot slot) {
        return sessionSettings(slot.group.systemType(), slot.type);
    }

    SessionSettings sessionSettings(String systemType, BindType type) {
        return new SessionSettings(settings.credentials().systemId(), settings.credentials().password(),
                systemType, settings.interfaceVersion().code(), type, settings.windowSize(),
                settings.responseTimeout(), settings.windowWait(), CONNECT_TIMEOUT, closeTimeout(), settings.keepalive());
    }

    /** How long a graceful close waits for responses, then for the unbind_resp: at most 5 s. */
    Duration closeTimeout() {
        Duration timeout = settings.responseTimeout();
        return timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5);
    }

    private static TokenBucket tokenBucket(AccountSettings settings, NanoClock clock) {
        return settings.tpsLimit().isPresent()
                ? new TokenBucket(settings.tpsLimit().getAsInt(), settings.tpsBurst(), clock) : null;
    }

    private static Splitter splitter(AccountSettings settings, ReferenceAllocator references) {
        return new Splitter(settings.segmentation().toSegmentation(), references);
    }
}
