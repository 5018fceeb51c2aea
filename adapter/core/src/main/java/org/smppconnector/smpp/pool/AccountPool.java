package org.smppconnector.smpp.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.smppconnector.smpp.pdu.PduRequest;
import org.smppconnector.smpp.pdu.PduResponse;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.SubmitSmResp;
import org.smppconnector.smpp.session.BindType;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.OutbindAcceptor;
import org.smppconnector.smpp.session.NoBindAvailableException;
import org.smppconnector.smpp.session.ReconnectSchedule;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.session.SessionClosedException;
import org.smppconnector.smpp.session.SessionSettings;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.session.TpsLimitException;
import org.smppconnector.smpp.session.time.Scheduler;

/**
 * All the binds of one account, kept up: every bind of every {@link BindGroup} (never more
 * than the session cap), spread over the account's hosts, each rebuilt after a loss under the
 * account's {@link org.smppconnector.smpp.session.ReconnectPolicy}.
 *
 * <p><b>Hosts and failover.</b> Each bind belongs on one host, its home (binds alternate over
 * the hosts). What a telecom engineer expects of two hosts that restart one at a time:
 * <ul>
 *   <li>A lost bind is rebuilt on its home host, after the reconnect policy's delay: a restart
 *       is usually over by then, and the binds on the other hosts carry the traffic meanwhile.</li>
 *   <li>Only after {@link AccountSettings#failoverAfter()} failed attempts in a row there
 *       (default 2) does an attempt, once the home host failed again, go on to the other hosts
 *       in turn. A bind whose role no other bound bind covers (the account's last transmitter,
 *       its group's last receiver) goes on at its first failure: the account must not wait.
 *       When every host failed, the next attempt comes after the policy's next delay.</li>
 *   <li>A bind that came up away from home goes back by itself: after the policy's delay (and
 *       again after each failure, backing off as the policy says) a new session binds on the
 *       home host and, once it is up, the away session closes gracefully. At the session cap
 *       there is no room for both: the away session then closes first if other binds cover its
 *       role, else the bind stays away until it is next lost.</li>
 * </ul>
 *
 * <p><b>Sending.</b> {@link #send} takes a TPS permit (waiting up to the window wait), then
 * picks the bound transmitter with the most free window ({@link BindSelector}), waiting up to
 * the window wait for one to be bound.
 *
 * <p><b>Receiving.</b> deliver_sm and data_sm from every receiving bind go to the one
 * {@link InboundHandler}, with the session they came on (its group is
 * {@code session.settings().systemType()}).
 *
 * <p><b>Changing the settings.</b> {@link #reconfigure} applies new settings to the running
 * account: it closes the binds no longer configured, opens the new ones, adjusts running
 * sessions in place where nothing the SMSC saw at bind time changed, and rebinds the others one
 * at a time, so the account keeps sending throughout and no request in flight is dropped.
 *
 * <p><b>Threads.</b> Binding runs on {@code executor}, which also hosts one reader task per
 * bind for as long as it is up: it must grow (cached pool, virtual threads, WorkManager).
 * Reconnect delays, keepalive and timeouts run on {@code scheduler}.
 */
public final class AccountPool {

    private static final System.Logger LOG = System.getLogger(AccountPool.class.getName());

    private final Executor executor;
    private final Scheduler scheduler;
    private final InboundHandler inbound;
    private final Object bindChange = new Object();
    private final SessionBudget budget = new SessionBudget();
    private final BindKeeper keeper;
    private final Set<SmppSession> outbound = ConcurrentHashMap.newKeySet();
    private final List<OutbindAcceptor> outbindAcceptors = new CopyOnWriteArrayList<>();
    private volatile PoolConfig config;
    private volatile boolean running;

    /**
     * @param inbound takes every deliver_sm / data_sm of the account's receiving binds
     */
    public AccountPool(AccountSettings settings, Executor executor, Scheduler scheduler, InboundHandler inbound) {
        Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.keeper = new BindKeeper(this, executor, scheduler, inbound, budget);
        BindPlanner.Plan plan = BindPlanner.plan(List.of(), settings);
        warnIfLeftOut(settings, plan);
        List<BindSlot> slots = new ArrayList<>();
        for (BindPlanner.Planned bind : plan.binds()) {
            slots.add(newSlot(bind, settings));
        }
        this.config = PoolConfig.initial(settings, scheduler, slots);
    }

    private static BindSlot newSlot(BindPlanner.Planned bind, AccountSettings settings) {
        return new BindSlot(bind.index(), bind.group(), bind.type(), bind.home(), new ReconnectSchedule(settings.reconnect()));
    }

    private static void warnIfLeftOut(AccountSettings settings, BindPlanner.Plan plan) {
        if (plan.leftOut() > 0) {
            LOG.log(System.Logger.Level.WARNING, "account {0}: {1} binds configured, only {2} allowed;"
                    + " the rest are not opened", settings.name(), settings.totalBinds(), plan.binds().size());
        }
    }

    /**
     * Starts binding every bind (in the background); returns at once.
     *
     * @throws org.smppconnector.smpp.transport.TlsConfigException when the TLS key stores cannot be used
     */
    public synchronized void start() {
        if (running) {
            throw new IllegalStateException("account " + config.settings.name() + " already started");
        }
        config = config.started(config.settings.tls().connector(PoolConfig.CONNECT_TIMEOUT));
        running = true;
        for (BindSlot slot : config.slots) {
            keeper.keepSoon(slot);
        }
    }

    /**
     * Stops gracefully: no new requests, pending reconnects cancelled, every bound session
     * closed as {@link SmppSession#close()} does (in parallel). Blocks until done or the close
     * timeouts ran out.
     */
    public void stop() throws InterruptedException {
        running = false;
        PoolConfig current = config;
        for (OutbindAcceptor acceptor : outbindAcceptors) {
            closeQuietly(acceptor);
        }
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (SmppSession session : outbound) {
            closing.add(keeper.closeInBackground(session, null));
        }
        for (BindSlot slot : current.slots) {
            slot.cancelPending();
            SmppSession session = slot.session;
            if (session != null) {
                closing.add(keeper.closeInBackground(session, slot.lease));
            }
        }
        awaitAll(closing, current);
        signalBindChange();
    }

    private void awaitAll(List<CompletableFuture<Void>> closing, PoolConfig current) throws InterruptedException {
        try {
            CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0]))
                    .get(2 * current.closeTimeout().toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "account {0}: not every bind closed in time: {1}",
                    current.settings.name(), e);
        }
    }

    public boolean isRunning() {
        return running;
    }

    // ---------------------------------------------------------------- outbind

    /**
     * Listens for the SMSC's outbind (SMPP 3.4 section 2.2.1) on {@code port} of {@code address}
     * (port 0: any free one; address null: every interface). An SMSC that connects and presents
     * the account's system_id and password in an outbind is answered with bind_receiver on that
     * connection (system_type {@code systemType}: a bind group's, or "" for none); its
     * deliver_sm and data_sm then go to the account's inbound handler like those of any
     * receiving bind. Anything else on a new connection closes it.
     *
     * <p>Such sessions count under the session cap (so no rebind ever exceeds it), are listed
     * by {@link #boundSessions()} but not by {@link #status()} (they are not configured binds),
     * are not rebuilt when lost (the SMSC outbinds again), and close with {@link #stop()},
     * which also stops the listening. The acceptor keeps the credentials in force when it was
     * opened: after a {@link #reconfigure} that changes them, close it and open another.
     *
     * @param outbindTimeout how long a new connection may take to send its outbind
     * @return the listening acceptor ({@link OutbindAcceptor#port()}; close it to stop listening)
     * @throws IllegalStateException when the pool is not running
     */
    public OutbindAcceptor acceptOutbinds(java.net.InetAddress address, int port, String systemType,
                                          Duration outbindTimeout) throws java.io.IOException {
        requireRunning();
        PoolConfig current = config;
        SessionSettings settings = current.sessionSettings(systemType == null ? "" : systemType, BindType.RECEIVER);
        OutbindAcceptor acceptor = new OutbindAcceptor(settings, executor, scheduler, current.retryTable, inbound,
                (session, cause, reason) -> {
                    outbound.remove(session);
                    signalBindChange();
                },
                this::adoptOutbound, outbindTimeout).start(address, port);
        outbindAcceptors.add(acceptor);
        if (!running) {
            closeQuietly(acceptor); // stop() raced with the start
        }
        return acceptor;
    }

    private void adoptOutbound(SmppSession session) {
        SessionBudget.Lease lease = budget.take();
        session.closedFuture().whenComplete((cause, failure) -> lease.release());
        outbound.add(session);
        signalBindChange();
        if (!running || !session.isBound()) {
            outbound.remove(session);
            keeper.closeInBackground(session, lease);
        }
    }

    private static void closeQuietly(OutbindAcceptor acceptor) {
        try {
            acceptor.close();
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "outbind listener close: {0}", e.toString());
        }
    }

    // ---------------------------------------------------------------- reconfiguring

    /**
     * Applies new settings to the account as it runs; blocks until done (each step is bounded
     * by the connect, response and close timeouts). What each kind of change does:
     * <ul>
     *   <li><b>Bind groups</b>: a bind is known by its group (system_type), type and number
     *       within them. Binds no longer configured close gracefully (no new requests, the
     *       responses of those in flight awaited, unbind); new ones open; the others stay.</li>
     *   <li><b>What the SMSC sees at bind time</b> (hosts, port, TLS, system_id, password,
     *       system_type, interface version): the affected binds rebind one at a time, to their
     *       home host. Where the session cap leaves room, the new session binds before the old
     *       one closes; at the cap, the old one closes first, so there are never more sessions
     *       than the cap, and the account's other binds carry its traffic meanwhile. A new bind
     *       that fails (a wrong new password) leaves the old one running and is tried again after
     *       the reconnect delay; {@link BindStatus#lastProblem()} says why.</li>
     *   <li><b>Hosts</b>: binds stay on hosts still listed; binds of removed hosts and new binds
     *       go to the least used host, and binds move only as much as evens the hosts out.</li>
     *   <li><b>Applied in place</b>, with no rebind: window size (up to the size a session was
     *       bound with; larger rebinds), response timeout, window wait, keepalive, retry rules,
     *       TPS limit, reconnect policy (from the next attempt), segmentation and every other
     *       sending rule.</li>
     * </ul>
     * Binds that are down come up in the background with the new settings. Before
     * {@link #start()} or after {@link #stop()} only the settings change.
     *
     * @return what changed
     * @throws IllegalArgumentException when {@code next} names another account
     * @throws org.smppconnector.smpp.transport.TlsConfigException when new TLS key stores
     *         cannot be used (nothing changed then)
     */
    public synchronized BindChanges reconfigure(AccountSettings next) throws InterruptedException {
        Objects.requireNonNull(next, "next");
        PoolConfig old = config;
        if (!next.name().equals(old.settings.name())) {
            throw new IllegalArgumentException("settings of account " + next.name() + " given to the pool of account "
                    + old.settings.name());
        }
        List<BindPlanner.Bind> current = new ArrayList<>();
        Map<Integer, BindSlot> byIndex = new HashMap<>();
        for (BindSlot slot : old.slots) {
            current.add(slot.plannerView());
            byIndex.put(slot.index, slot);
        }
        BindPlanner.Plan plan = BindPlanner.plan(current, next);
        warnIfLeftOut(next, plan);
        List<BindSlot> slots = new ArrayList<>();
        List<BindSlot> added = new ArrayList<>();
        List<BindSlot> kept = new ArrayList<>();
        for (BindPlanner.Planned bind : plan.binds()) {
            if (bind.isNew()) {
                BindSlot slot = newSlot(bind, next);
                added.add(slot);
                slots.add(slot);
            } else {
                kept.add(byIndex.get(bind.index()));
                slots.add(byIndex.get(bind.index()));
            }
        }
        PoolConfig fresh = old.next(next, scheduler, slots); // may throw for TLS: before anything changed
        for (BindPlanner.Planned bind : plan.binds()) {
            if (!bind.isNew()) {
                BindSlot slot = byIndex.get(bind.index());
                slot.group = bind.group();
                slot.home = bind.home();
                if (!next.reconnect().equals(old.settings.reconnect())) {
                    synchronized (slot) {
                        slot.schedule = new ReconnectSchedule(next.reconnect());
                        slot.moveSchedule = null;
                    }
                }
            }
        }
        List<BindSlot> removed = new ArrayList<>();
        for (int index : plan.removed()) {
            removed.add(byIndex.get(index));
        }
        config = fresh; // senders pick from the new binds from here on
        signalBindChange();
        if (!running) {
            removed.forEach(slot -> slot.retired = true);
            return new BindChanges(added.size(), removed.size(), 0, 0);
        }
        // Close first: it frees the removed binds' places under the session cap.
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (BindSlot slot : removed) {
            closing.add(keeper.retire(slot));
        }
        awaitAll(closing, old);
        added.forEach(keeper::keepSoon);
        int rebound = 0;
        int adjusted = 0;
        for (BindSlot slot : kept) {
            if (!slot.isBound()) {
                keeper.keepSoon(slot); // down: its next attempt, now, with the new settings
                continue;
            }
            BindKeeper.Outcome outcome = keeper.keep(slot);
            if (outcome == BindKeeper.Outcome.REBOUND) {
                rebound++;
            } else if (outcome == BindKeeper.Outcome.ADJUSTED) {
                adjusted++;
            }
        }
        LOG.log(System.Logger.Level.INFO, "account {0} reconfigured: {1}", next.name(),
                new BindChanges(added.size(), removed.size(), rebound, adjusted));
        return new BindChanges(added.size(), removed.size(), rebound, adjusted);
    }

    PoolConfig config() {
        return config;
    }

    void signalBindChange() {
        synchronized (bindChange) {
            bindChange.notifyAll();
        }
    }

    // ---------------------------------------------------------------- sending

    /** Sends a submit_sm on the best bind; see {@link #send}. */
    public CompletableFuture<SubmitSmResp> submit(SubmitSm submitSm) throws InterruptedException {
        return send(submitSm);
    }

    /**
     * Sends a request on the bound transmitter with the most free window, after a TPS permit;
     * the outcome as {@link SmppSession#send}.
     *
     * @throws TpsLimitException        when no TPS permit came within the window wait
     * @throws NoBindAvailableException when no transmitter was bound within the window wait
     * @throws SessionClosedException   when the pool is stopped
     * @throws org.smppconnector.smpp.session.WindowFullException when the chosen bind's window stayed full
     */
    public <R extends PduResponse> CompletableFuture<R> send(PduRequest<R> request) throws InterruptedException {
        requireRunning();
        PoolConfig current = config;
        long deadline = 0;
        boolean deadlineSet = false; // the clock is read only when something must wait
        TokenBucket tokenBucket = current.tokenBucket;
        if (tokenBucket != null) {
            deadline = scheduler.nanoTime() + current.windowWaitNanos;
            deadlineSet = true;
            if (!tokenBucket.acquire(current.windowWaitNanos)) {
                throw new TpsLimitException(current.settings.name(), tokenBucket.permitsPerSecond(),
                        current.windowWaitNanos);
            }
        }
        for (;;) {
            BindSlot slot = config.transmitters.select(); // read again: a reconfiguration may have changed the binds
            SmppSession session = slot == null ? null : slot.session;
            if (session == null || !session.isBound()) {
                if (!deadlineSet) {
                    deadline = scheduler.nanoTime() + current.windowWaitNanos;
                    deadlineSet = true;
                }
                if (!awaitTransmitter(deadline)) {
                    throw new NoBindAvailableException(current.settings.name());
                }
                continue;
            }
            try {
                return session.send(request);
            } catch (SessionClosedException | IllegalStateException e) {
                // The bind went down between the pick and the send: pick again.
                requireRunning();
                if (!deadlineSet) {
                    deadline = scheduler.nanoTime() + current.windowWaitNanos;
                    deadlineSet = true;
                } else if (scheduler.nanoTime() - deadline >= 0) {
                    throw new NoBindAvailableException(current.settings.name());
                }
            }
        }
    }

    /**
     * Sends a text as one or more submit_sm, split as the account's segmentation says, in the
     * cheapest encoding {@code policy} allows. Every part copies {@code template}'s envelope
     * (addresses, registered_delivery, validity, service_type, TLVs...); data_coding, the UDH
     * flag of esm_class, short_message and the concatenation TLVs are the part's own.
     *
     * <p>The parts go out one after the other. When one cannot be sent at all (as {@link #send}
     * throws), the parts after it are not tried.
     *
     * @return the parts' message ids in part order, once all were accepted. When some were
     *         accepted and others not, it fails with a {@link PartialSubmitException} holding the
     *         accepted parts' ids (to cancel or report them) and the failures; when none was
     *         accepted, with the first part's failure itself
     * @throws org.smppconnector.smpp.text.UnencodableTextException when no allowed encoding carries it
     * @throws org.smppconnector.smpp.split.MessageTooLongException when it needs too many parts
     * @throws org.smppconnector.smpp.session.SmppException as {@link #send}, when the first part
     *         could not be sent (nothing was)
     */
    public CompletableFuture<List<String>> submitText(SubmitSm template, CharSequence text,
                                                      org.smppconnector.smpp.text.EncodingPolicy policy)
            throws InterruptedException {
        org.smppconnector.smpp.split.SplitMessage split = config.splitter.split(text, policy, template.getDestinationAddr());
        int partCount = split.parts().size();
        List<CompletableFuture<SubmitSmResp>> parts = new ArrayList<>(partCount);
        for (org.smppconnector.smpp.split.MessagePart part : split.parts()) {
            try {
                parts.add(send(partOf(template, part)));
            } catch (RuntimeException | InterruptedException e) {
                if (parts.isEmpty()) {
                    throw e; // nothing was sent
                }
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt(); // the parts sent still report below
                }
                parts.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        CompletableFuture<List<String>> result = new CompletableFuture<>();
        CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]))
                .whenComplete((ignored, anyFailure) -> result(parts, partCount, result));
        return result;
    }

    private static void result(List<CompletableFuture<SubmitSmResp>> parts, int partCount,
                               CompletableFuture<List<String>> result) {
        java.util.SortedMap<Integer, String> accepted = new java.util.TreeMap<>();
        java.util.SortedMap<Integer, Throwable> failed = new java.util.TreeMap<>();
        for (int i = 0; i < parts.size(); i++) {
            try {
                accepted.put(i + 1, parts.get(i).join().getMessageId());
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                failed.put(i + 1, e.getCause() != null ? e.getCause() : e);
            }
        }
        if (failed.isEmpty()) {
            result.complete(List.copyOf(accepted.values()));
        } else if (accepted.isEmpty()) {
            result.completeExceptionally(failed.get(failed.firstKey()));
        } else {
            result.completeExceptionally(new PartialSubmitException(partCount, accepted, failed));
        }
    }

    private static SubmitSm partOf(SubmitSm template, org.smppconnector.smpp.split.MessagePart part) {
        SubmitSm sm = new SubmitSm();
        sm.setServiceType(template.getServiceType());
        sm.setSource(template.getSourceAddrTon(), template.getSourceAddrNpi(), template.getSourceAddr());
        sm.setDestination(template.getDestAddrTon(), template.getDestAddrNpi(), template.getDestinationAddr());
        sm.setEsmClass(template.getEsmClass());
        sm.setProtocolId(template.getProtocolId());
        sm.setPriorityFlag(template.getPriorityFlag());
        sm.setScheduleDeliveryTime(template.getScheduleDeliveryTime());
        sm.setValidityPeriod(template.getValidityPeriod());
        sm.setRegisteredDelivery(template.getRegisteredDelivery());
        sm.setReplaceIfPresentFlag(template.getReplaceIfPresentFlag());
        sm.setSmDefaultMsgId(template.getSmDefaultMsgId());
        if (template.hasTlvs()) {
            for (org.smppconnector.smpp.pdu.Tlv tlv : template.getTlvs().list()) {
                sm.getTlvs().putBytes(tlv.tag(), tlv.value());
            }
        }
        PartContent.write(part, sm);
        return sm;
    }

    private void requireRunning() {
        if (!running) {
            throw new SessionClosedException("account " + config.settings.name() + " is stopped");
        }
    }

    private boolean awaitTransmitter(long deadline) throws InterruptedException {
        synchronized (bindChange) {
            for (;;) {
                requireRunning();
                if (config.transmitters.select() != null) {
                    return true;
                }
                long left = deadline - scheduler.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(bindChange, left);
            }
        }
    }

    /**
     * Waits until at least {@code count} binds are bound.
     *
     * @return false when that did not happen within {@code timeout}
     */
    public boolean awaitBound(int count, Duration timeout) throws InterruptedException {
        long deadline = scheduler.nanoTime() + timeout.toNanos();
        synchronized (bindChange) {
            for (;;) {
                if (boundCount() >= count) {
                    return true;
                }
                long left = deadline - scheduler.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(bindChange, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
        }
    }

    // ---------------------------------------------------------------- observing

    /** How many binds are bound now. */
    public int boundCount() {
        int bound = 0;
        for (BindSlot slot : config.slots) {
            if (slot.isBound()) {
                bound++;
            }
        }
        return bound;
    }

    /** How many binds the pool keeps up (configured binds, capped by the session cap). */
    public int bindCount() {
        return config.slots.size();
    }

    /** Every bind's state, host, group, type, window use, keepalive and counters. */
    public List<BindStatus> status() {
        List<BindSlot> slots = config.slots;
        List<BindStatus> result = new ArrayList<>(slots.size());
        for (BindSlot slot : slots) {
            result.add(slot.status());
        }
        return result;
    }

    /** The sessions bound now: the configured binds', then those the SMSC opened by outbind. */
    public List<SmppSession> boundSessions() {
        List<SmppSession> result = new ArrayList<>();
        for (BindSlot slot : config.slots) {
            SmppSession s = slot.session;
            if (s != null && s.isBound()) {
                result.add(s);
            }
        }
        for (SmppSession s : outbound) {
            if (s.isBound()) {
                result.add(s);
            }
        }
        return result;
    }

    /** The account's retry counts (per command_status); a new table once the retry rules change. */
    public RetryTable retryTable() {
        return config.retryTable;
    }

    /** The settings in force (the latest given to {@link #reconfigure}). */
    public AccountSettings settings() {
        return config.settings;
    }

    @Override
    public String toString() {
        return "AccountPool[" + config.settings.name() + ", " + boundCount() + "/" + bindCount() + " bound]";
    }
}
