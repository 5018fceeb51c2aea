package org.smppconnector.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import javax.net.ssl.SSLContext;

import org.smppconnector.simulator.account.Account;
import org.smppconnector.simulator.account.AccountFile;
import org.smppconnector.simulator.account.AccountRegistry;
import org.smppconnector.simulator.delivery.Delivery;
import org.smppconnector.simulator.delivery.DeliveryRouter;
import org.smppconnector.simulator.fault.Faults;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.MessageBook;
import org.smppconnector.simulator.message.MessageIds;
import org.smppconnector.simulator.message.MessageLog;
import org.smppconnector.simulator.message.Reassembler;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.message.TrackedMessage;
import org.smppconnector.simulator.mo.MoFactory;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.profile.Profile;
import org.smppconnector.simulator.profile.ProfileRules;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.receipt.ReceiptScheduler;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Counters;
import org.smppconnector.simulator.record.PduRecord;
import org.smppconnector.simulator.record.Signal;
import org.smppconnector.simulator.session.Acceptor;
import org.smppconnector.simulator.session.Endpoint;
import org.smppconnector.simulator.session.Housekeeper;
import org.smppconnector.simulator.session.Outbinder;
import org.smppconnector.simulator.session.ServerSession;
import org.smppconnector.simulator.session.SessionRegistry;
import org.smppconnector.simulator.session.SessionServices;
import org.smppconnector.simulator.session.SessionSettings;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.simulator.session.SubmitHandler;
import org.smppconnector.simulator.tls.TlsMaterial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMSC that plays one provider's rules, for tests and the command line. Build it,
 * {@link #start()} it, point an ESME at {@link #port()}, then read what it received,
 * steer it (MOs, faults, unbinds) and wait for conditions; {@link #stop()} closes every
 * session cleanly and leaves no thread behind.
 *
 * <pre>
 * try (SmscSimulator smsc = SmscSimulator.builder(Profiles.gatewayApi()).account("acme", "secret").build().start()) {
 *     ... bind to smsc.port(), submit ...
 *     smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 1, Duration.ofSeconds(5));
 * }
 * </pre>
 */
public final class SmscSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmscSimulator.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Builder config;
    private final Profile profile;
    private final ProfileRules rules;
    private final AccountRegistry accounts;
    private final Faults faults = new Faults();
    private final Counters counters = new Counters();
    private final Signal signal = new Signal();
    private final MessageLog messageLog;
    private final MessageBook book;
    private final AtomicReference<ReceiptPolicy> receiptPolicy;
    private final MoFactory moFactory = new MoFactory();
    private final List<Acceptor> acceptors = new ArrayList<>();
    private final String threadPrefix = "smsc-sim-" + INSTANCES.incrementAndGet();
    private TlsMaterial tls;
    private SessionRegistry registry;
    private DeliveryRouter router;
    private SessionServices services;
    private ScheduledThreadPoolExecutor timer;
    private ExecutorService workers;
    private volatile boolean running;

    private final List<EndpointSpec> endpointSpecs;

    private SmscSimulator(Builder config, List<EndpointSpec> endpointSpecs) {
        this.config = config;
        this.endpointSpecs = List.copyOf(endpointSpecs);
        this.profile = config.profile;
        this.rules = new ProfileRules(profile);
        this.accounts = new AccountRegistry(rules::validate);
        this.accounts.putAll(config.accounts);
        this.messageLog = new MessageLog(config.messageLogCapacity);
        this.book = new MessageBook(config.messageBookCapacity);
        this.receiptPolicy = new AtomicReference<>(config.receiptPolicy != null ? config.receiptPolicy
                : profile.receiptPolicy());
        this.tls = config.tlsMaterial;
    }

    public static Builder builder(Profile profile) {
        return new Builder(profile);
    }

    /** A builder for a profile by name (generic, mitto, gatewayapi, mta, surem, bulksms). */
    public static Builder builder(String profileName) {
        return new Builder(Profiles.byName(profileName));
    }

    // ---- lifecycle --------------------------------------------------------------------------

    /** Opens the endpoints; returns this, for chaining. */
    public synchronized SmscSimulator start() throws IOException {
        if (running || timer != null) {
            throw new IllegalStateException("a simulator starts once");
        }
        // one timer thread keeps the receipts of a message in the order they were scheduled;
        // its tasks only compute and queue, the writing happens on the workers
        timer = new ScheduledThreadPoolExecutor(1, threads("timer"));
        timer.setRemoveOnCancelPolicy(true);
        workers = Executors.newCachedThreadPool(threads("worker"));
        registry = new SessionRegistry(config.sessionHistory);
        router = new DeliveryRouter(registry, profile.receiptRouting(), profile.moRouting(),
                profile.pendingCapacity(), profile.pendingRetention(), config.redeliveryDelay, timer, counters, signal);
        ReceiptScheduler receipts = new ReceiptScheduler(timer, receiptPolicy::get, profile.receiptFormat(),
                router::deliver, counters);
        SubmitHandler submits = new SubmitHandler(rules, faults, counters, signal, new MessageIds(), book,
                messageLog, new Reassembler(), receipts);
        SessionSettings settings = new SessionSettings(config.pduLogCapacity, config.bindTimeout,
                config.processorThreads, config.processorQueue, config.enquireLinkInterval,
                config.transactionTimeout, config.smscSystemId, config.tlsHandshakeTimeout);
        services = new SessionServices(rules, accounts, faults, counters, signal, registry, router,
                submits, book, timer, workers, settings);
        SSLContext tlsContext = null;
        if (endpointSpecs.stream().anyMatch(EndpointSpec::tls)) {
            if (tls == null) {
                tls = TlsMaterial.selfSigned();
            }
            tlsContext = tls.serverContext();
        }
        try {
            for (EndpointSpec spec : endpointSpecs) {
                Acceptor acceptor = new Acceptor(spec.name(), config.host, spec.port(), spec.tls() ? tlsContext : null,
                        services);
                acceptor.open();
                acceptors.add(acceptor);
            }
        } catch (IOException e) {
            stop();
            throw e;
        }
        long sweep = config.housekeepingInterval.toNanos();
        timer.scheduleWithFixedDelay(new Housekeeper(profile, registry, router, submits, signal, config.deliveryTimeout,
                config.reassemblyTimeout), sweep, sweep, TimeUnit.NANOSECONDS);
        running = true;
        LOG.info("SMSC simulator ({}) listening on {}", profile.name(), endpoints());
        return this;
    }

    /** Stops accepting, unbinds every bound session (waiting for the unbind_resp), closes the rest, ends every thread. */
    public synchronized void stop() {
        running = false;
        acceptors.forEach(Acceptor::close);
        if (registry != null) {
            List<ServerSession> open = registry.open();
            List<CompletableFuture<Void>> closing = new ArrayList<>();
            for (ServerSession session : open) {
                closing.add(CompletableFuture.runAsync(() -> session.closeCleanly("simulator stopped"), workers));
            }
            try {
                CompletableFuture.allOf(closing.toArray(new CompletableFuture[0]))
                        .get(config.transactionTimeout.toMillis() + 2000, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                LOG.warn("not every session unbound cleanly: {}", e.toString());
            }
            registry.open().forEach(session -> session.closeCleanly("simulator stopped"));
        }
        shutdown(timer);
        shutdown(workers);
        if (registry != null) {
            for (ServerSession session : registry.history()) {
                try {
                    session.awaitStopped(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        signal.changed();
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return running;
    }

    // ---- endpoints --------------------------------------------------------------------------

    public Profile profile() {
        return profile;
    }

    public List<Endpoint> endpoints() {
        return acceptors.stream().map(Acceptor::endpoint).toList();
    }

    /** The port of the first endpoint (the one {@link Builder#port} and {@link Builder#tls} set). */
    public int port() {
        return endpoints().get(0).port();
    }

    public String host() {
        return config.host;
    }

    /** An endpoint by name. */
    public Endpoint endpoint(String name) {
        return endpoints().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no endpoint '" + name + "'"));
    }

    /** The TLS identity when an endpoint uses TLS (clients trust {@link TlsMaterial#trustStore()}), else null. */
    public TlsMaterial tls() {
        return tls;
    }

    // ---- accounts ---------------------------------------------------------------------------

    public SmscSimulator addAccount(Account account) {
        accounts.put(account);
        return this;
    }

    public SmscSimulator addAccount(String systemId, String password) {
        return addAccount(Account.of(systemId, password));
    }

    public boolean removeAccount(String systemId) {
        return accounts.remove(systemId);
    }

    public List<Account> accounts() {
        return accounts.all();
    }

    // ---- steering ---------------------------------------------------------------------------

    /** The fault modes, switchable at any time. */
    public Faults faults() {
        return faults;
    }

    /** Replaces the receipt policy for messages accepted from now on. */
    public void receiptPolicy(ReceiptPolicy policy) {
        receiptPolicy.set(Objects.requireNonNull(policy));
    }

    public ReceiptPolicy receiptPolicy() {
        return receiptPolicy.get();
    }

    /**
     * Sends a mobile-originated message to the account (by the profile's MO routing), as one
     * deliver_sm or several; it waits while no session of the account receives, and is sent
     * again until acknowledged with ESME_ROK.
     *
     * @throws IllegalArgumentException when the provider would never send such an MO
     */
    public InjectedMo injectMo(MoMessage mo) {
        requireRunning();
        rules.checkMo(mo);
        List<Delivery> parts = moFactory.deliveries(mo);
        counters.increment(Counter.MO_INJECTED);
        parts.forEach(router::deliver);
        return new InjectedMo(mo, parts);
    }

    /** Closes the connections of the account's open sessions abruptly (all accounts when null). */
    public void dropConnections(String systemId) {
        requireRunning();
        for (ServerSession session : registry.open()) {
            if (systemId == null || systemId.equals(session.systemId())) {
                session.drop();
            }
        }
    }

    /** Server-initiated unbind of each bound session of the account (all when null); returns once each closed. */
    public void unbindSessions(String systemId) {
        requireRunning();
        for (ServerSession session : registry.open()) {
            if ((systemId == null || systemId.equals(session.systemId()))
                    && session.state() == SimulatedSession.State.BOUND) {
                try {
                    session.unbind();
                } catch (IllegalStateException e) {
                    LOG.debug("session {} closed before the SMSC could unbind it", session.id());
                }
            }
        }
    }

    /**
     * Takes one endpoint down for maintenance, as GatewayAPI restarts one host at a time:
     * its sessions are dropped and binds on it refused for the duration.
     */
    public void maintenance(String endpointName, Duration refuseFor) {
        requireRunning();
        Acceptor acceptor = acceptors.stream().filter(a -> a.endpoint().name().equals(endpointName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no endpoint '" + endpointName + "'"));
        acceptor.refuseBindsFor(refuseFor);
        for (ServerSession session : registry.open()) {
            if (session.endpoint().name().equals(endpointName)) {
                session.drop();
            }
        }
    }

    /**
     * Outbind (SMPP 3.4 section 2.2.1), as an SMSC does when it has receipts or MOs for an ESME
     * that is not bound: connects to the ESME at {@code host:port}, sends outbind with the
     * account's system_id and password, and waits (the bind timeout) for the ESME to bind as a
     * receiver on that connection (bind_transceiver is allowed too; bind_transmitter is refused).
     * The bind is checked like any other; once bound, the account's pending receipts and MOs
     * are delivered on it. The session shows under the endpoint named "outbind".
     *
     * @return the new session, before the ESME bound
     * @throws IllegalArgumentException when there is no such account
     * @throws IOException when the ESME cannot be reached
     */
    public SimulatedSession outbind(String systemId, String host, int port) throws IOException {
        Account account = accounts.find(systemId);
        if (account == null) {
            throw new IllegalArgumentException("no account '" + systemId + "'");
        }
        return outbind(systemId, account.password(), host, port);
    }

    /** {@link #outbind(String, String, int)} presenting {@code password} (to test an ESME that checks it). */
    public SimulatedSession outbind(String systemId, String password, String host, int port) throws IOException {
        requireRunning();
        return new Outbinder(services).outbind(systemId, password, host, port, config.bindTimeout);
    }

    // ---- observation ------------------------------------------------------------------------

    public long count(Counter counter) {
        return counters.get(counter);
    }

    public Map<Counter, Long> counters() {
        return counters.snapshot();
    }

    /** The messages received, reassembled and decoded, oldest first. */
    public List<ReceivedMessage> messages() {
        return messageLog.snapshot();
    }

    public List<ReceivedMessage> messages(String systemId) {
        return messageLog.snapshot().stream().filter(m -> m.systemId().equals(systemId)).toList();
    }

    /** A tracked message id: its submission, state, final date, replaced text (replace_sm). */
    public Optional<TrackedMessage> trackedMessage(String messageId) {
        return Optional.ofNullable(book.find(messageId));
    }

    /** The state of a message id, if still tracked. */
    public Optional<DeliveryState> messageState(String messageId) {
        TrackedMessage message = book.find(messageId);
        return message == null ? Optional.empty() : Optional.of(message.state());
    }

    /** Recent sessions, open and closed, oldest first. */
    public List<SimulatedSession> sessions() {
        return registry == null ? List.of() : new ArrayList<>(registry.history());
    }

    public List<SimulatedSession> sessions(String systemId) {
        return sessions().stream().filter(s -> systemId.equals(s.systemId())).toList();
    }

    public List<SimulatedSession> boundSessions(String systemId) {
        return sessions(systemId).stream().filter(s -> s.state() == SimulatedSession.State.BOUND).toList();
    }

    public List<SimulatedSession> openSessions() {
        return registry == null ? List.of() : new ArrayList<>(registry.open());
    }

    /** Every recorded PDU of every recent session, in time order. */
    public List<PduRecord> pdus() {
        List<PduRecord> all = new ArrayList<>();
        sessions().forEach(session -> all.addAll(session.pdus()));
        all.sort(Comparator.comparing(PduRecord::time));
        return all;
    }

    /** Receipts and MOs of the account waiting for a session that can receive them. */
    public int pendingDeliveries(String systemId) {
        return router == null ? 0 : router.pending(systemId);
    }

    // ---- waiting ----------------------------------------------------------------------------

    /**
     * Waits until the condition over the simulator's state holds, woken by each change.
     *
     * @throws org.smppconnector.simulator.record.ConditionTimeoutException naming the description
     */
    public void await(String description, Duration timeout, BooleanSupplier condition) {
        signal.await(description, timeout, condition);
    }

    public void awaitCount(Counter counter, long atLeast, Duration timeout) {
        signal.await(counter + " >= " + atLeast + " (is " + counters.get(counter) + ")", timeout,
                () -> counters.get(counter) >= atLeast);
    }

    /** Waits for at least n received messages and returns them all. */
    public List<ReceivedMessage> awaitMessages(int n, Duration timeout) {
        return signal.awaitValue(n + " messages received", timeout, () -> {
            List<ReceivedMessage> list = messageLog.snapshot();
            return list.size() >= n ? list : null;
        });
    }

    /** Waits until the account has a bound session, and returns the first. */
    public SimulatedSession awaitBound(String systemId, Duration timeout) {
        return awaitBound(systemId, 1, timeout).get(0);
    }

    /** Waits until the account has at least n bound sessions, and returns them. */
    public List<SimulatedSession> awaitBound(String systemId, int n, Duration timeout) {
        return signal.awaitValue(n + " sessions bound for " + systemId, timeout, () -> {
            List<SimulatedSession> bound = boundSessions(systemId);
            return bound.size() >= n ? bound : null;
        });
    }

    /** Waits until none of the account's sessions is open. */
    public void awaitAllClosed(String systemId, Duration timeout) {
        signal.await("every session of " + systemId + " closed", timeout,
                () -> sessions(systemId).stream().allMatch(s -> s.state() == SimulatedSession.State.CLOSED));
    }

    @Override
    public String toString() {
        return "SmscSimulator[" + profile.name() + (running ? " on " + endpoints() : ", stopped") + "]";
    }

    private void requireRunning() {
        if (!running) {
            throw new IllegalStateException("the simulator is not running");
        }
    }

    private ThreadFactory threads(String role) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, threadPrefix + "-" + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void shutdown(ExecutorService executor) {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("simulator threads still running after stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port to listen on. */
    record EndpointSpec(String name, int port, boolean tls) {
    }

    /** Options of a simulator; every one has a default fit for tests. */
    public static final class Builder {
        private Profile profile;
        private final List<Account> accounts = new ArrayList<>();
        private final List<EndpointSpec> endpoints = new ArrayList<>();
        private String host = "127.0.0.1";
        private int port;
        private Boolean mainTls;
        private TlsMaterial tlsMaterial;
        private ReceiptPolicy receiptPolicy;
        private int pduLogCapacity = 10_000;
        private int messageLogCapacity = 10_000;
        private int messageBookCapacity = 100_000;
        private int sessionHistory = 1_000;
        private Duration deliveryTimeout = Duration.ofSeconds(10);
        private Duration redeliveryDelay = Duration.ofSeconds(1);
        private Duration housekeepingInterval = Duration.ofMillis(100);
        private Duration reassemblyTimeout = Duration.ofSeconds(60);
        private Duration bindTimeout = Duration.ofSeconds(30);
        private Duration enquireLinkInterval = Duration.ZERO;
        private Duration transactionTimeout = Duration.ofSeconds(2);
        private int processorThreads = 3;
        private int processorQueue = 1_000;
        private String smscSystemId = "SMSCSIM";
        private Duration tlsHandshakeTimeout = Duration.ofSeconds(1);

        private Builder(Profile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
        }

        public Builder profile(Profile value) {
            profile = Objects.requireNonNull(value);
            return this;
        }

        /** Port of the main endpoint; 0 (the default) picks a free one. */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Whether the main endpoint uses TLS (default: the profile's TLS-only setting). */
        public Builder tls(boolean value) {
            mainTls = value;
            return this;
        }

        /** Another endpoint (a second "host", or the TLS port beside the plain one). */
        public Builder endpoint(String name, int endpointPort, boolean endpointTls) {
            endpoints.add(new EndpointSpec(name, endpointPort, endpointTls));
            return this;
        }

        /** The address to listen on (default 127.0.0.1). */
        public Builder host(String value) {
            host = value;
            return this;
        }

        /** The key and certificate of TLS endpoints (default: a self-signed one generated at start). */
        public Builder tlsMaterial(TlsMaterial value) {
            tlsMaterial = value;
            return this;
        }

        public Builder account(Account value) {
            accounts.add(value);
            return this;
        }

        public Builder account(String systemId, String password) {
            return account(Account.of(systemId, password));
        }

        public Builder accounts(List<Account> values) {
            accounts.addAll(values);
            return this;
        }

        /** Accounts from a file (format in {@link AccountFile}). */
        public Builder accountFile(Path file) throws IOException {
            return accounts(AccountFile.read(file));
        }

        /** Receipt delay and outcomes (default: the profile's). */
        public Builder receiptPolicy(ReceiptPolicy value) {
            receiptPolicy = value;
            return this;
        }

        /** PDUs kept per session; 0 records none (benchmarks). */
        public Builder pduLogCapacity(int value) {
            pduLogCapacity = value;
            return this;
        }

        /** Received messages kept; 0 keeps none (benchmarks). Counters count regardless. */
        public Builder messageLogCapacity(int value) {
            messageLogCapacity = value;
            return this;
        }

        /** Message ids tracked for receipts, query_sm, cancel_sm and replace_sm. */
        public Builder messageBookCapacity(int value) {
            messageBookCapacity = value;
            return this;
        }

        /** Closed sessions kept for their records. */
        public Builder sessionHistory(int value) {
            sessionHistory = value;
            return this;
        }

        /** How long a deliver_sm may stay unanswered before it counts as not acknowledged. */
        public Builder deliveryTimeout(Duration value) {
            deliveryTimeout = value;
            return this;
        }

        /** How long after a failed delivery it is sent again. */
        public Builder redeliveryDelay(Duration value) {
            redeliveryDelay = value;
            return this;
        }

        public Builder housekeepingInterval(Duration value) {
            housekeepingInterval = value;
            return this;
        }

        /** How long the parts of a multipart message may take to all arrive. */
        public Builder reassemblyTimeout(Duration value) {
            reassemblyTimeout = value;
            return this;
        }

        public Builder bindTimeout(Duration value) {
            bindTimeout = value;
            return this;
        }

        /** The SMSC's own enquire_link after this much silence on a bound session; zero (default) = never. */
        public Builder enquireLinkInterval(Duration value) {
            enquireLinkInterval = value;
            return this;
        }

        /** How long the SMSC waits for responses to its own unbind and enquire_link. */
        public Builder transactionTimeout(Duration value) {
            transactionTimeout = value;
            return this;
        }

        /** jSMPP threads per session answering requests (default 3). */
        public Builder processorThreads(int value) {
            processorThreads = value;
            return this;
        }

        public Builder processorQueue(int value) {
            processorQueue = value;
            return this;
        }

        /**
         * How long a TLS endpoint waits for each read of a client's handshake (default 1 s): a
         * client that stays silent is closed then. A plain SMPP client is answered at once.
         */
        public Builder tlsHandshakeTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the TLS handshake timeout must be positive, got " + value);
            }
            tlsHandshakeTimeout = value;
            return this;
        }

        /** The system_id of bind responses. */
        public Builder smscSystemId(String value) {
            smscSystemId = value;
            return this;
        }

        /** @throws IllegalStateException when the options contradict the profile (plain port on a TLS-only one) */
        public SmscSimulator build() {
            boolean tls = mainTls != null ? mainTls : profile.tlsOnly();
            List<EndpointSpec> all = new ArrayList<>();
            all.add(new EndpointSpec("main", port, tls));
            all.addAll(endpoints);
            if (profile.tlsOnly()) {
                for (EndpointSpec spec : all) {
                    if (!spec.tls()) {
                        throw new IllegalStateException(profile.name() + " accepts TLS only: endpoint '"
                                + spec.name() + "' cannot be plain");
                    }
                }
            }
            long names = all.stream().map(EndpointSpec::name).distinct().count();
            if (names != all.size()) {
                throw new IllegalStateException("endpoint names must differ: " + all);
            }
            return new SmscSimulator(this, all);
        }
    }
}
