package org.smppconnector.smpp.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.smppconnector.smpp.pdu.PduRequest;
import org.smppconnector.smpp.pdu.PduResponse;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.SubmitSmResp;
import org.smppconnector.smpp.session.BindFailedException;
import org.smppconnector.smpp.session.BindType;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.NoBindAvailableException;
import org.smppconnector.smpp.session.ReconnectSchedule;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.session.SessionClosedException;
import org.smppconnector.smpp.session.SessionSettings;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.session.TpsLimitException;
import org.smppconnector.smpp.session.time.ScheduledTask;
import org.smppconnector.smpp.session.time.Scheduler;
import org.smppconnector.smpp.transport.Connector;

/**
 * All the binds of one account, kept up: every bind of every {@link BindGroup} (never more
 * than the session cap), spread round-robin over the account's hosts, each rebuilt after a
 * loss under the account's {@link org.smppconnector.smpp.session.ReconnectPolicy}.
 *
 * <p><b>Hosts.</b> Each bind has a preferred host; an attempt tries it first and, when it
 * cannot connect or bind there, the other hosts in turn, so the binds of a host that is down
 * come up on the others. Every reconnect starts again from the preferred host, so binds move
 * back once it is up. When all hosts fail the bind waits its backoff delay.
 *
 * <p><b>Sending.</b> {@link #send} takes a TPS permit (waiting up to the window wait), then
 * picks the bound transmitter with the most free window ({@link BindSelector}), waiting up to
 * the window wait for one to be bound.
 *
 * <p><b>Receiving.</b> deliver_sm and data_sm from every receiving bind go to the one
 * {@link InboundHandler}, with the session they came on (its group is
 * {@code session.settings().systemType()}).
 *
 * <p><b>Threads.</b> Binding runs on {@code executor}, which also hosts one reader task per
 * bind for as long as it is up: it must grow (cached pool, virtual threads, WorkManager).
 * Reconnect delays, keepalive and timeouts run on {@code scheduler}.
 */
public final class AccountPool {

    private static final System.Logger LOG = System.getLogger(AccountPool.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final AccountSettings settings;
    private final Executor executor;
    private final Scheduler scheduler;
    private final InboundHandler inbound;
    private final RetryTable retryTable;
    private final TokenBucket tokenBucket;
    private final List<BindSlot> slots;
    private final BindSelector<BindSlot> transmitters;
    private final long windowWaitNanos;
    private final Object bindChange = new Object();
    private final org.smppconnector.smpp.split.Splitter splitter;
    private volatile Connector connector;
    private volatile boolean running;

    /**
     * @param inbound takes every deliver_sm / data_sm of the account's receiving binds
     */
    public AccountPool(AccountSettings settings, Executor executor, Scheduler scheduler, InboundHandler inbound) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.retryTable = new RetryTable(settings.retryRules());
        this.tokenBucket = settings.tpsLimit().isPresent()
                ? new TokenBucket(settings.tpsLimit().getAsInt(), settings.tpsBurst(), scheduler) : null;
        this.windowWaitNanos = settings.windowWait().toNanos();
        this.slots = planSlots(settings);
        List<BindSlot> canTransmit = new ArrayList<>();
        for (BindSlot slot : slots) {
            if (slot.type.canTransmit()) {
                canTransmit.add(slot);
            }
        }
        this.transmitters = BindSelector.over(canTransmit);
        this.splitter = new org.smppconnector.smpp.split.Splitter(settings.segmentation().toSegmentation(),
                new org.smppconnector.smpp.split.ReferenceAllocator());
    }

    /** The binds: group by group, transmitters, receivers, then transceivers, up to the cap. */
    private static List<BindSlot> planSlots(AccountSettings settings) {
        int cap = settings.sessionCap().orElse(Integer.MAX_VALUE);
        List<SmscAddress> hosts = settings.hosts();
        List<BindSlot> result = new ArrayList<>();
        for (BindGroup group : settings.bindGroups()) {
            int[] counts = {group.transmitters(), group.receivers(), group.transceivers()};
            BindType[] types = {BindType.TRANSMITTER, BindType.RECEIVER, BindType.TRANSCEIVER};
            for (int t = 0; t < types.length; t++) {
                for (int i = 0; i < counts[t]; i++) {
                    if (result.size() >= cap) {
                        LOG.log(System.Logger.Level.WARNING, "account {0}: {1} binds configured, only {2} allowed;"
                                + " the rest are not opened", settings.name(), settings.totalBinds(), cap);
                        return List.copyOf(result);
                    }
                    int host = result.size() % hosts.size();
                    result.add(new BindSlot(result.size(), group, types[t], host, hosts.get(host).toString(),
                            new ReconnectSchedule(settings.reconnect())));
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Starts binding every bind (in the background); returns at once.
     *
     * @throws org.smppconnector.smpp.transport.TlsConfigException when the TLS key stores cannot be used
     */
    public void start() {
        if (running) {
            throw new IllegalStateException("account " + settings.name() + " already started");
        }
        connector = settings.tls().connector(CONNECT_TIMEOUT);
        running = true;
        for (BindSlot slot : slots) {
            executor.execute(() -> connect(slot));
        }
    }

    /**
     * Stops gracefully: no new requests, pending reconnects cancelled, every bound session
     * closed as {@link SmppSession#close()} does (in parallel). Blocks until done or the close
     * timeouts ran out.
     */
    public void stop() throws InterruptedException {
        running = false;
        List<CompletableFuture<Void>> closing = new ArrayList<>();
        for (BindSlot slot : slots) {
            ScheduledTask reconnect = slot.pendingReconnect;
            if (reconnect != null) {
                reconnect.cancel();
            }
            SmppSession session = slot.session;
            if (session != null) {
                closing.add(CompletableFuture.runAsync(() -> closeQuietly(session), executor));
            }
        }
        try {
            CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0]))
                    .get(2 * closeTimeout().toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "account {0}: not every bind closed in time: {1}", settings.name(), e);
        }
        synchronized (bindChange) {
            bindChange.notifyAll();
        }
    }

    private static void closeQuietly(SmppSession session) {
        try {
            session.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return running;
    }

    // ---------------------------------------------------------------- binding

    private SessionSettings sessionSettings(BindSlot slot) {
        return new SessionSettings(settings.credentials().systemId(), settings.credentials().password(),
                slot.group.systemType(), settings.interfaceVersion().code(), slot.type, settings.windowSize(),
                settings.responseTimeout(), settings.windowWait(), CONNECT_TIMEOUT, closeTimeout(), settings.keepalive());
    }

    private Duration closeTimeout() {
        Duration timeout = settings.responseTimeout();
        return timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5);
    }

    /** One attempt: the preferred host, then the others; on total failure the backoff delay. */
    private void connect(BindSlot slot) {
        slot.pendingReconnect = null;
        List<SmscAddress> hosts = settings.hosts();
        for (int i = 0; i < hosts.size() && running; i++) {
            SmscAddress address = hosts.get((slot.preferredHost + i) % hosts.size());
            SmppSession session = new SmppSession(sessionSettings(slot), executor, scheduler, retryTable, inbound,
                    (s, cause, reason) -> sessionClosed(slot, s, reason));
            slot.session = session;
            slot.address = address;
            try {
                session.bind(connector, address.host(), address.port());
                slot.schedule.bound(scheduler.nanoTime());
                slot.bindsMade.incrementAndGet();
                signalBindChange();
                if (!running) {
                    closeQuietly(session); // stop() raced with this bind
                }
                return;
            } catch (BindFailedException e) {
                slot.lastProblem = e.getMessage();
                LOG.log(System.Logger.Level.DEBUG, "account {0}, {1}: {2}", settings.name(), slot, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                slot.lastProblem = e.toString();
                LOG.log(System.Logger.Level.WARNING, "account " + settings.name() + ", " + slot + ": bind failed", e);
            }
        }
        scheduleReconnect(slot);
    }

    private void sessionClosed(BindSlot slot, SmppSession session, String reason) {
        slot.lastProblem = reason;
        slot.schedule.lost(scheduler.nanoTime());
        signalBindChange();
        if (running && slot.session == session) {
            scheduleReconnect(slot);
        }
    }

    private void scheduleReconnect(BindSlot slot) {
        if (!running) {
            return;
        }
        long delay = slot.schedule.nextDelayNanos();
        slot.pendingReconnect = scheduler.schedule(() -> {
            if (running) {
                executor.execute(() -> connect(slot));
            }
        }, delay, TimeUnit.NANOSECONDS);
    }

    private void signalBindChange() {
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
        long start = scheduler.nanoTime();
        long deadline = start + windowWaitNanos;
        if (tokenBucket != null && !tokenBucket.acquire(windowWaitNanos)) {
            throw new TpsLimitException(settings.name(), tokenBucket.permitsPerSecond(), windowWaitNanos);
        }
        for (;;) {
            BindSlot slot = transmitters.select();
            SmppSession session = slot == null ? null : slot.session;
            if (session == null || !session.isBound()) {
                if (!awaitTransmitter(deadline)) {
                    throw new NoBindAvailableException(settings.name());
                }
                continue;
            }
            try {
                return session.send(request);
            } catch (SessionClosedException | IllegalStateException e) {
                // The bind went down between the pick and the send: pick again.
                requireRunning();
                if (scheduler.nanoTime() - deadline >= 0) {
                    throw new NoBindAvailableException(settings.name());
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
     * @return the parts' message ids in part order, once all were accepted; fails with the first
     *         part's failure (other parts may have been accepted: their ids are then lost to the
     *         caller, which must treat the message as partly sent)
     * @throws org.smppconnector.smpp.text.UnencodableTextException when no allowed encoding carries it
     * @throws org.smppconnector.smpp.split.MessageTooLongException when it needs too many parts
     * @throws org.smppconnector.smpp.session.SmppException as {@link #send} for a part that could
     *         not be sent; the parts before it were sent
     */
    public CompletableFuture<List<String>> submitText(SubmitSm template, CharSequence text,
                                                      org.smppconnector.smpp.text.EncodingPolicy policy)
            throws InterruptedException {
        org.smppconnector.smpp.split.SplitMessage split = splitter.split(text, policy, template.getDestinationAddr());
        List<CompletableFuture<SubmitSmResp>> parts = new ArrayList<>(split.parts().size());
        for (org.smppconnector.smpp.split.MessagePart part : split.parts()) {
            parts.add(send(partOf(template, part)));
        }
        return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0])).thenApply(ignored -> {
            List<String> ids = new ArrayList<>(parts.size());
            for (CompletableFuture<SubmitSmResp> part : parts) {
                ids.add(part.join().getMessageId());
            }
            return ids;
        });
    }

    private static SubmitSm partOf(SubmitSm template, org.smppconnector.smpp.split.MessagePart part) {
        SubmitSm sm = new SubmitSm();
        sm.setServiceType(template.getServiceType());
        sm.setSource(template.getSourceAddrTon(), template.getSourceAddrNpi(), template.getSourceAddr());
        sm.setDestination(template.getDestAddrTon(), template.getDestAddrNpi(), template.getDestinationAddr());
        sm.setEsmClass((template.getEsmClass() & ~org.smppconnector.smpp.split.MessagePart.ESM_CLASS_UDHI)
                | part.esmClassFlags());
        sm.setProtocolId(template.getProtocolId());
        sm.setPriorityFlag(template.getPriorityFlag());
        sm.setScheduleDeliveryTime(template.getScheduleDeliveryTime());
        sm.setValidityPeriod(template.getValidityPeriod());
        sm.setRegisteredDelivery(template.getRegisteredDelivery());
        sm.setReplaceIfPresentFlag(template.getReplaceIfPresentFlag());
        sm.setSmDefaultMsgId(template.getSmDefaultMsgId());
        sm.setDataCoding(part.dataCoding().value());
        if (template.hasTlvs()) {
            for (org.smppconnector.smpp.pdu.Tlv tlv : template.getTlvs().list()) {
                sm.getTlvs().putBytes(tlv.tag(), tlv.value());
            }
        }
        java.util.Optional<byte[]> payload = part.messagePayload();
        if (payload.isPresent()) {
            sm.setShortMessage(new byte[0]);
            sm.getTlvs().putBytes(org.smppconnector.smpp.pdu.Tag.MESSAGE_PAYLOAD, payload.get());
        } else {
            sm.setShortMessage(part.shortMessage());
        }
        part.sar().ifPresent(sar -> sm.getTlvs()
                .putInt(org.smppconnector.smpp.pdu.Tag.SAR_MSG_REF_NUM, sar.reference())
                .putInt(org.smppconnector.smpp.pdu.Tag.SAR_TOTAL_SEGMENTS, sar.total())
                .putInt(org.smppconnector.smpp.pdu.Tag.SAR_SEGMENT_SEQNUM, sar.sequence()));
        return sm;
    }

    private void requireRunning() {
        if (!running) {
            throw new SessionClosedException("account " + settings.name() + " is stopped");
        }
    }

    private boolean awaitTransmitter(long deadline) throws InterruptedException {
        synchronized (bindChange) {
            for (;;) {
                requireRunning();
                if (transmitters.select() != null) {
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
        for (BindSlot slot : slots) {
            if (slot.isBound()) {
                bound++;
            }
        }
        return bound;
    }

    /** How many binds the pool keeps up (configured binds, capped by the session cap). */
    public int bindCount() {
        return slots.size();
    }

    /** Every bind's state, host, group, type, window use, keepalive and counters. */
    public List<BindStatus> status() {
        List<BindStatus> result = new ArrayList<>(slots.size());
        for (BindSlot slot : slots) {
            result.add(slot.status());
        }
        return result;
    }

    /** The sessions bound now. */
    public List<SmppSession> boundSessions() {
        List<SmppSession> result = new ArrayList<>();
        for (BindSlot slot : slots) {
            SmppSession s = slot.session;
            if (s != null && s.isBound()) {
                result.add(s);
            }
        }
        return result;
    }

    /** The account's retry counts (per command_status). */
    public RetryTable retryTable() {
        return retryTable;
    }

    public AccountSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "AccountPool[" + settings.name() + ", " + boundCount() + "/" + slots.size() + " bound]";
    }
}
