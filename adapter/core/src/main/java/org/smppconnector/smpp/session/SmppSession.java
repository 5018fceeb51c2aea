package org.smppconnector.smpp.session;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.smppconnector.smpp.pdu.BaseBind;
import org.smppconnector.smpp.pdu.BaseBindResp;
import org.smppconnector.smpp.pdu.CommandId;
import org.smppconnector.smpp.pdu.CommandStatus;
import org.smppconnector.smpp.pdu.EnquireLink;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.PduDecodeException;
import org.smppconnector.smpp.pdu.PduRequest;
import org.smppconnector.smpp.pdu.PduResponse;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.SubmitSmResp;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pdu.Unbind;
import org.smppconnector.smpp.session.time.ScheduledTask;
import org.smppconnector.smpp.session.time.Scheduler;
import org.smppconnector.smpp.transport.ConnectFailedException;
import org.smppconnector.smpp.transport.ConnectedSocket;
import org.smppconnector.smpp.transport.ConnectionClosedException;
import org.smppconnector.smpp.transport.ConnectionSettings;
import org.smppconnector.smpp.transport.Connector;
import org.smppconnector.smpp.transport.PduConnection;
import org.smppconnector.smpp.transport.PduListener;
import org.smppconnector.smpp.transport.WriteTimeoutException;

/**
 * One bind to an SMSC: one connection, bound once, used until it closes. A lost bind is not
 * revived; the owner ({@link org.smppconnector.smpp.pool.AccountPool}) builds a new session.
 *
 * <pre>{@code
 * SmppSession session = new SmppSession(settings, executor, scheduler, retryTable, handler, listener);
 * session.bind(Connector.plain(timeout), host, port);        // blocking; BindFailedException
 * CompletableFuture<SubmitSmResp> resp = session.submit(submitSm);
 * session.close();                                            // graceful: drain, unbind, close
 * }</pre>
 *
 * <p><b>Threads.</b> The connection's reader task occupies one thread of {@code executor} for
 * the session's life: give it an executor that grows (a cached pool, virtual threads, a JCA
 * WorkManager). Responses complete their futures on that reader thread, so dependent stages
 * run there unless made async. {@link #send} runs on the caller's thread and may block up to
 * {@link SessionSettings#windowWait()} for a window slot. Keepalive ticks, window expiry and
 * throttling retries run on {@code scheduler}. All public methods are thread-safe.
 *
 * <p><b>Requests</b> are taken over by the session: it sets their sequence number and may
 * resend them (ESME_RTHROTTLED); do not reuse one until its future completed.
 */
public final class SmppSession {

    private static final System.Logger LOG = System.getLogger(SmppSession.class.getName());

    /** The life of a session; it only moves forward. */
    public enum State {
        CONNECTING, BINDING, BOUND_TX, BOUND_RX, BOUND_TRX, UNBINDING, CLOSED;

        public boolean isBound() {
            return this == BOUND_TX || this == BOUND_RX || this == BOUND_TRX;
        }
    }

    /** Why a session closed. */
    public enum CloseCause {
        /** {@link #close()} was called. */
        LOCAL,
        /** The SMSC sent unbind. */
        SERVER_UNBIND,
        /** The connection dropped or failed. */
        CONNECTION_LOST,
        /** enquire_link went unanswered. */
        LINK_DEAD
    }

    /** Hears when a session that was bound closes; called once, on the closing thread. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (session, cause, reason) -> { };

        void sessionClosed(SmppSession session, CloseCause cause, String reason);
    }

    private final BindType bindType;
    private final Executor executor;
    private final Scheduler scheduler;
    private final PduCodec codec;
    private final InboundHandler handler;
    private final Listener listener;
    private final Window<PduRequest<?>, PduResponse> window;
    private final Slowdown slowdown = new Slowdown();
    private final KeepaliveTimer.Listener keepaliveListener;
    private final SplittableRandom random = new SplittableRandom();
    /** Guards swapping the keepalive timer against stopping it. */
    private final Object timers = new Object();
    // What adjust() may change while the session runs.
    private volatile SessionSettings settings;
    private volatile RetryTable retryTable;
    private volatile CongestionPolicy congestion;
    private volatile Keepalive keepalive;
    private volatile KeepaliveTimer keepaliveTimer;
    private volatile long responseTimeoutNanos;
    private volatile long windowWaitNanos;
    private final AtomicReference<State> state = new AtomicReference<>(State.CONNECTING);
    private final AtomicReference<CloseCause> closeCause = new AtomicReference<>();
    private final CompletableFuture<CloseCause> closed = new CompletableFuture<>();
    private final AtomicLong requestsSent = new AtomicLong();
    private final AtomicLong responsesOk = new AtomicLong();
    private final AtomicLong requestsFailed = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong inboundReceived = new AtomicLong();
    private final AtomicLong inboundRefused = new AtomicLong();
    private volatile PduConnection connection;
    private volatile String target;
    private volatile String smscSystemId = "";
    private volatile int scInterfaceVersion = -1;
    private volatile long boundAtNanos;
    private volatile long lastEnquireLinkSentNanos;
    private volatile long lastEnquireLinkAnsweredNanos;
    private volatile ScheduledTask expiry;

    /**
     * @param retryTable which refusals to retry (shared by an account's binds)
     * @param handler    takes deliver_sm and data_sm; {@link InboundHandler#REFUSE} when none
     * @param listener   told when the session, once bound, closes
     */
    public SmppSession(SessionSettings settings, Executor executor, Scheduler scheduler, RetryTable retryTable,
                       InboundHandler handler, Listener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.bindType = settings.bindType();
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.retryTable = Objects.requireNonNull(retryTable, "retryTable");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.codec = new PduCodec();
        this.window = new Window<>(settings.windowSize(), scheduler);
        this.congestion = new CongestionPolicy(settings.windowSize());
        this.keepaliveListener = new KeepaliveTimer.Listener() {
            @Override
            public void sendEnquireLink() {
                SmppSession.this.sendEnquireLink();
            }

            @Override
            public void linkDead() {
                abort(CloseCause.LINK_DEAD);
            }
        };
        this.keepalive = new Keepalive(settings.keepalive());
        this.keepaliveTimer = new KeepaliveTimer(keepalive, scheduler, keepaliveListener);
        this.responseTimeoutNanos = settings.responseTimeout().toNanos();
        this.windowWaitNanos = settings.windowWait().toNanos();
    }

    // ---------------------------------------------------------------- binding

    /**
     * Connects and binds; returns once bound.
     *
     * @throws BindFailedException when the connection failed, the SMSC refused (its status is
     *                             kept) or did not answer within the response timeout; the
     *                             session is then closed
     * @throws IllegalStateException when called twice
     */
    public void bind(Connector connector, String host, int port) throws InterruptedException {
        Objects.requireNonNull(connector, "connector");
        if (connection != null || state.get() != State.CONNECTING) {
            throw new IllegalStateException("bind() called on a session that is " + state.get());
        }
        target = host + ":" + port;
        ConnectedSocket socket;
        try {
            socket = connector.connect(host, port);
        } catch (ConnectFailedException e) {
            markClosedBeforeBound("connect failed: " + e.getMessage());
            throw new BindFailedException(target, e.getMessage(), e);
        }
        bind(socket);
    }

    /** Binds over a socket already connected (an outbind's, or a test's). */
    public void bind(ConnectedSocket socket) throws InterruptedException {
        if (target == null) {
            target = String.valueOf(socket.remoteAddress());
        }
        if (!state.compareAndSet(State.CONNECTING, State.BINDING)) {
            socket.close();
            throw new BindFailedException(target, "session is " + state.get(), null);
        }
        PduConnection c = new PduConnection(socket, codec, ConnectionSettings.defaults());
        connection = c;
        c.start(executor, new Reader());
        BaseBind<?> bind = bindType.newBindRequest();
        bind.setSystemId(settings.systemId());
        bind.setPassword(settings.password());
        bind.setSystemType(settings.systemType());
        bind.setInterfaceVersion(settings.interfaceVersion());
        PduResponse response;
        try {
            InFlightRequest<PduRequest<?>, PduResponse> entry = window.acquireControl(bind, responseTimeoutNanos);
            bind.setSequenceNumber(entry.sequenceNumber());
            writeRequest(entry);
            response = entry.get(responseTimeoutNanos + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            c.close();
            Throwable cause = e.getCause();
            if (cause instanceof CommandStatusException) {
                throw new BindFailedException(target, ((CommandStatusException) cause).statusCode());
            }
            throw new BindFailedException(target, String.valueOf(cause.getMessage()), cause);
        } catch (TimeoutException | SmppException e) {
            c.close();
            throw new BindFailedException(target, "no bind response: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            c.close();
            throw e;
        }
        BaseBindResp bindResp = (BaseBindResp) response;
        smscSystemId = bindResp.getSystemId();
        scInterfaceVersion = bindResp.getScInterfaceVersion();
        boundAtNanos = scheduler.nanoTime();
        if (!state.compareAndSet(State.BINDING, bindType.boundState())) {
            throw new BindFailedException(target, "connection closed just after binding", c.closeReason());
        }
        synchronized (timers) {
            keepaliveTimer.start();
        }
        long sweep = Math.max(TimeUnit.MILLISECONDS.toNanos(10),
                Math.min(TimeUnit.MILLISECONDS.toNanos(250), responseTimeoutNanos / 4));
        expiry = scheduler.scheduleWithFixedDelay(window::expireOverdue, sweep, sweep, TimeUnit.NANOSECONDS);
        if (state.get() == State.CLOSED) {
            stopTimers(); // onClosed ran between the state change and the timers' start
        }
    }

    private void markClosedBeforeBound(String reason) {
        state.set(State.CLOSED);
        window.close(reason);
        closed.complete(CloseCause.CONNECTION_LOST);
    }

    // ---------------------------------------------------------------- sending

    /** Sends a submit_sm; see {@link #send}. */
    public CompletableFuture<SubmitSmResp> submit(SubmitSm submitSm) throws InterruptedException {
        return send(submitSm);
    }

    /**
     * Sends a request (submit_sm, data_sm, query_sm, cancel_sm, replace_sm, submit_multi) and
     * returns the future of its response (completed on the reader thread; its failures are the
     * exceptions below, not wrapped), waiting first up to the window wait for a slot (and
     * for a throttling pause, bounded likewise). The future completes with an ESME_ROK
     * response, or fails with a {@link CommandStatusException} (a {@link ThrottledException}
     * once the retry table's attempts for ESME_RTHROTTLED / ESME_RMSGQFUL ran out), a
     * {@link ResponseTimeoutException} or a {@link ConnectionLostException}, each saying
     * whether the SMSC may have accepted it.
     *
     * @throws WindowFullException    when no slot freed up in time; nothing was sent
     * @throws SessionClosedException when the session is unbinding or closed; nothing was sent
     * @throws IllegalStateException  when not bound yet, or bound as a receiver
     */
    public <R extends PduResponse> CompletableFuture<R> send(PduRequest<R> request) throws InterruptedException {
        Objects.requireNonNull(request, "request");
        State s = state.get();
        if (!s.isBound()) {
            if (s == State.UNBINDING || s == State.CLOSED) {
                throw new SessionClosedException(target + " is " + s);
            }
            throw new IllegalStateException("session to " + target + " is not bound yet: " + s);
        }
        if (!bindType.canTransmit()) {
            throw new IllegalStateException("a receiver bind cannot send " + request.getName());
        }
        long pause = slowdown.remainingNanos(scheduler.nanoTime());
        if (pause > 0) {
            scheduler.sleepNanos(Math.min(pause, windowWaitNanos));
        }
        InFlightRequest<PduRequest<?>, PduResponse> entry = window.acquire(request, responseTimeoutNanos, windowWaitNanos);
        // close() moves to UNBINDING and then waits for the window to empty. Checking the state
        // again after taking the slot means either close() sees this slot taken, or this sees
        // UNBINDING and gives the slot back unsent: no request slips out after the unbind.
        State now = state.get();
        if (!now.isBound()) {
            window.fail(entry.sequenceNumber(), new SessionClosedException(target + " is " + now));
            throw new SessionClosedException(target + " is " + now);
        }
        request.setSequenceNumber(entry.sequenceNumber());
        // The caller's own future: completing or cancelling it cannot touch the window's entry,
        // and its failures arrive unwrapped (a copy() would wrap them in CompletionException).
        CompletableFuture<R> result = new CompletableFuture<>();
        entry.whenComplete((response, failure) -> {
            if (failure == null) {
                @SuppressWarnings("unchecked")
                R typed = (R) response;
                result.complete(typed);
            } else {
                result.completeExceptionally(failure);
            }
        });
        requestsSent.incrementAndGet();
        writeRequest(entry);
        return result;
    }

    /**
     * {@link #send} and wait for the outcome.
     *
     * @throws SmppException the failure the future would carry, unwrapped
     */
    public <R extends PduResponse> R sendAndWait(PduRequest<R> request) throws InterruptedException {
        CompletableFuture<R> future = send(request);
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Writes a request that holds a window slot, unless it already ended (expired, failed). */
    private void writeRequest(InFlightRequest<PduRequest<?>, PduResponse> entry) {
        if (!entry.markWritten()) {
            return;
        }
        int seq = entry.sequenceNumber();
        PduConnection c = connection;
        try {
            c.write(entry.request());
            keepalive.trafficSent(scheduler.nanoTime());
        } catch (ConnectionClosedException | WriteTimeoutException e) {
            window.fail(seq, new ConnectionLostException(seq, false, e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            window.fail(seq, new ConnectionLostException(seq, false, "interrupted before writing", e));
        } catch (RuntimeException e) { // PduEncodeException: a field the spec does not allow
            window.fail(seq, e);
        }
    }

    /** Writes a PDU that needs no window slot (responses); a failure just means the link is gone. */
    private void writeQuietly(Pdu pdu) {
        try {
            connection.write(pdu);
            keepalive.trafficSent(scheduler.nanoTime());
        } catch (ConnectionClosedException e) {
            LOG.log(System.Logger.Level.DEBUG, "{0} not written, connection closed: {1}", pdu, e.getMessage());
        } catch (WriteTimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} not written: {1}", pdu, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sendEnquireLink() {
        if (!state.get().isBound()) {
            return;
        }
        EnquireLink probe = new EnquireLink();
        InFlightRequest<PduRequest<?>, PduResponse> entry;
        try {
            entry = window.acquireControl(probe, settings.keepalive().responseTimeout().toNanos());
        } catch (SmppException e) {
            return; // closed, or probes already out: keepalive decides on the link
        }
        probe.setSequenceNumber(entry.sequenceNumber());
        lastEnquireLinkSentNanos = scheduler.nanoTime();
        entry.thenRun(() -> lastEnquireLinkAnsweredNanos = scheduler.nanoTime());
        writeRequest(entry);
    }

    // ---------------------------------------------------------------- adjusting

    /**
     * Applies, while the session runs, the settings that need no new bind: the window size (up to
     * the size the session was created with), response timeout, window wait, connect and close
     * timeouts, keepalive, and the retry table. Requests in flight keep the timeout they were
     * sent with; a smaller window lets no new request in until the count is under it.
     *
     * @return false, changing nothing, when {@code newSettings} differ in what only a new bind
     *         can change: system_id, password, system_type, interface_version, bind type, or a
     *         window larger than the session was created with
     */
    public boolean adjust(SessionSettings newSettings, RetryTable newRetryTable) {
        Objects.requireNonNull(newSettings, "newSettings");
        Objects.requireNonNull(newRetryTable, "newRetryTable");
        SessionSettings old = settings;
        if (!sameBind(old, newSettings) || newSettings.windowSize() > window.maxSize()) {
            return false;
        }
        retryTable = newRetryTable;
        responseTimeoutNanos = newSettings.responseTimeout().toNanos();
        windowWaitNanos = newSettings.windowWait().toNanos();
        if (newSettings.windowSize() != old.windowSize()) {
            congestion = new CongestionPolicy(newSettings.windowSize());
            window.setLimit(newSettings.windowSize());
        }
        if (!newSettings.keepalive().equals(old.keepalive())) {
            synchronized (timers) {
                keepaliveTimer.stop();
                Keepalive fresh = new Keepalive(newSettings.keepalive());
                keepalive = fresh;
                keepaliveTimer = new KeepaliveTimer(fresh, scheduler, keepaliveListener);
                if (state.get().isBound()) {
                    keepaliveTimer.start();
                }
            }
        }
        settings = newSettings;
        return true;
    }

    /** Whether two settings bind the same way (what the SMSC saw in the bind request). */
    public static boolean sameBind(SessionSettings a, SessionSettings b) {
        return a.systemId().equals(b.systemId()) && a.password().equals(b.password())
                && a.systemType().equals(b.systemType()) && a.interfaceVersion() == b.interfaceVersion()
                && a.bindType() == b.bindType();
    }

    // ---------------------------------------------------------------- closing

    /**
     * Closes gracefully: refuses new requests, waits up to the close timeout for those in
     * flight, sends unbind and waits up to the close timeout for unbind_resp, then closes the
     * connection. Blocks; idempotent.
     */
    public void close() throws InterruptedException {
        for (;;) {
            State s = state.get();
            if (s == State.UNBINDING || s == State.CLOSED) {
                awaitClosed();
                return;
            }
            if (!s.isBound()) {
                closeCause.compareAndSet(null, CloseCause.LOCAL);
                if (state.compareAndSet(s, State.CLOSED)) {
                    PduConnection c = connection;
                    if (c != null) {
                        c.close();
                    }
                    window.close("closed while " + s);
                    closed.complete(CloseCause.LOCAL);
                    return;
                }
                continue;
            }
            if (state.compareAndSet(s, State.UNBINDING)) {
                break;
            }
        }
        closeCause.compareAndSet(null, CloseCause.LOCAL);
        long timeout = settings.closeTimeout().toNanos();
        long deadline = scheduler.nanoTime() + timeout;
        // Requests in flight get their responses before the unbind.
        while (window.freeSlots() < window.limit() && scheduler.nanoTime() - deadline < 0 && !connection.isClosed()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        keepaliveTimer.stop();
        try {
            Unbind unbind = new Unbind();
            InFlightRequest<PduRequest<?>, PduResponse> entry = window.acquireControl(unbind, timeout);
            unbind.setSequenceNumber(entry.sequenceNumber());
            writeRequest(entry);
            entry.get(timeout, TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException | SmppException e) {
            LOG.log(System.Logger.Level.DEBUG, "unbind of {0} not answered: {1}", target, e.toString());
        }
        connection.close();
        awaitClosed();
    }

    /** Closes at once without unbinding (the link is dead or the owner is giving up). */
    public void abort(CloseCause cause) {
        closeCause.compareAndSet(null, cause);
        PduConnection c = connection;
        if (c != null) {
            c.close();
        } else {
            markClosedBeforeBound("aborted before connecting");
        }
    }

    private void awaitClosed() throws InterruptedException {
        try {
            closed.get(settings.closeTimeout().toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "session to {0} did not report its close in time", target);
        }
    }

    /** Completes with the cause once the session has closed (bound or not). */
    public CompletionStage<CloseCause> closedFuture() {
        return closed.minimalCompletionStage();
    }

    private void stopTimers() {
        synchronized (timers) {
            keepaliveTimer.stop();
        }
        ScheduledTask task = expiry;
        if (task != null) {
            task.cancel();
        }
    }

    // ---------------------------------------------------------------- reading

    /** The connection's listener: runs on the reader thread. */
    private final class Reader implements PduListener {

        @Override
        public void onPdu(Pdu pdu) {
            keepalive.trafficReceived(scheduler.nanoTime());
            if (pdu.isResponse()) {
                onResponse((PduResponse) pdu);
            } else {
                onRequest(pdu);
            }
        }

        @Override
        public void onDecodeError(PduDecodeException error) {
            LOG.log(System.Logger.Level.WARNING, "undecodable PDU from {0}: {1}", target, error);
            Pdu answer = error.answer();
            if (answer != null) {
                writeQuietly(answer);
            }
        }

        @Override
        public void onClosed(ConnectionClosedException reason) {
            closeCause.compareAndSet(null, CloseCause.CONNECTION_LOST);
            State previous = state.getAndSet(State.CLOSED);
            stopTimers();
            String text = closeCause.get() + ": " + reason.getMessage();
            window.close(text);
            CloseCause cause = closeCause.get();
            closed.complete(cause);
            if (previous.isBound() || previous == State.UNBINDING) {
                try {
                    listener.sessionClosed(SmppSession.this, cause, text);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "session listener failed", e);
                }
            }
        }
    }

    private void onResponse(PduResponse response) {
        int seq = response.getSequenceNumber();
        InFlightRequest<PduRequest<?>, PduResponse> entry = window.find(seq);
        if (entry == null) {
            LOG.log(System.Logger.Level.DEBUG, "late or unknown response from {0}: {1}", target, response);
            return;
        }
        PduRequest<?> request = entry.request();
        if (response.hasTlvs()) {
            int congestionState = response.getTlvs().getInt(Tag.CONGESTION_STATE, -1);
            if (congestionState >= 0) {
                window.setLimit(congestion.windowFor(Math.min(congestionState, 255)));
            }
        }
        int status = response.getCommandStatus();
        if (response.getCommandId() != request.getResponseCommandId()) {
            requestsFailed.incrementAndGet();
            String name = statusName(status);
            window.fail(seq, new CommandStatusException(request.getName() + " answered by " + response.getName()
                    + " " + SmppException.describeStatus(status, name), request.getName(), status, name, false));
            return;
        }
        if (status == CommandStatus.ESME_ROK) {
            if (isApplicationRequest(request)) {
                responsesOk.incrementAndGet();
            }
            window.complete(seq, response);
            return;
        }
        if (!isApplicationRequest(request)) {
            window.fail(seq, new CommandStatusException(request.getName(), status, statusName(status), false));
            return;
        }
        long now = scheduler.nanoTime();
        RetryDecision decision = retryTable.decide(status, entry.attempts(), random);
        if (decision.slowsSession()) {
            slowdown.throttled(now, decision.delayNanos());
        }
        if (decision.retry() && window.rearm(seq, decision.delayNanos() + responseTimeoutNanos)) {
            retries.incrementAndGet();
            scheduler.schedule(() -> writeRequest(entry), decision.delayNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        requestsFailed.incrementAndGet();
        window.fail(seq, retryTable.failure(request.getName(), status, statusName(status), entry.attempts()));
    }

    private static boolean isApplicationRequest(PduRequest<?> request) {
        return !(request instanceof BaseBind || request instanceof EnquireLink || request instanceof Unbind);
    }

    private static String statusName(int status) {
        return CommandStatus.isKnown(status) ? CommandStatus.name(status) : null;
    }

    private void onRequest(Pdu pdu) {
        switch (pdu.getCommandId()) {
            case CommandId.ENQUIRE_LINK:
                writeQuietly(((EnquireLink) pdu).createResponse());
                break;
            case CommandId.DELIVER_SM:
            case CommandId.DATA_SM:
                deliver((PduRequest<?>) pdu);
                break;
            case CommandId.UNBIND:
                serverUnbind((Unbind) pdu);
                break;
            default:
                if (pdu instanceof PduRequest) {
                    writeQuietly(((PduRequest<?>) pdu).createResponse(CommandStatus.ESME_RINVCMDID));
                } else {
                    LOG.log(System.Logger.Level.DEBUG, "ignored {0} from {1}", pdu, target);
                }
        }
    }

    /** Acknowledges only once the handler is done: ROK when it succeeded, RX_T_APPN when not. */
    private void deliver(PduRequest<?> request) {
        inboundReceived.incrementAndGet();
        CompletionStage<Void> stage;
        try {
            stage = handler.handle(this, request);
            if (stage == null) {
                stage = CompletableFuture.failedFuture(new NullPointerException("inbound handler returned null"));
            }
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((ignored, failure) -> {
            if (failure != null) {
                inboundRefused.incrementAndGet();
                LOG.log(System.Logger.Level.DEBUG, "inbound handler refused {0}: {1}", request, failure.toString());
            }
            writeQuietly(request.createResponse(failure == null ? CommandStatus.ESME_ROK : CommandStatus.ESME_RX_T_APPN));
        });
    }

    private void serverUnbind(Unbind unbind) {
        closeCause.compareAndSet(null, CloseCause.SERVER_UNBIND);
        keepaliveTimer.stop();
        PduConnection c = connection;
        try {
            long ticket = c.write(unbind.createResponse());
            c.awaitWritten(ticket, settings.closeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ConnectionClosedException | WriteTimeoutException e) {
            LOG.log(System.Logger.Level.DEBUG, "unbind_resp to {0} not written: {1}", target, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        c.close();
    }

    // ---------------------------------------------------------------- observing

    public State state() {
        return state.get();
    }

    public boolean isBound() {
        return state.get().isBound();
    }

    public SessionSettings settings() {
        return settings;
    }

    public BindType bindType() {
        return bindType;
    }

    /** host:port connected to, or null before {@link #bind}. */
    public String target() {
        return target;
    }

    /** The SMSC's sc_interface_version from the bind response (0x34, 0x50), -1 when absent. */
    public int scInterfaceVersion() {
        return scInterfaceVersion;
    }

    /** The system_id the SMSC gave in its bind response. */
    public String smscSystemId() {
        return smscSystemId;
    }

    /** Window slots free now (0 while not bound). */
    public int freeSlots() {
        return isBound() ? window.freeSlots() : 0;
    }

    /** Why it closed, or null while open. */
    public CloseCause closeCause() {
        return state.get() == State.CLOSED ? closeCause.get() : null;
    }

    public SessionStatus status() {
        return new SessionStatus(state.get(), bindType, settings.systemType(), target, scInterfaceVersion,
                Math.max(0, window.limit() - window.freeSlots()), window.limit(), boundAtNanos,
                lastEnquireLinkSentNanos, lastEnquireLinkAnsweredNanos, requestsSent.get(), responsesOk.get(),
                requestsFailed.get(), retries.get(), inboundReceived.get(), inboundRefused.get());
    }

    @Override
    public String toString() {
        return "SmppSession[" + settings.systemId() + "@" + target + ", " + bindType + ", " + state.get() + "]";
    }
}
