package org.smppconnector.simulator.session;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.DefaultPDUSender;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.SMPPServerSession;
import org.smppconnector.simulator.account.Account;
import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.delivery.Delivery;
import org.smppconnector.simulator.delivery.DeliveryChannel;
import org.smppconnector.simulator.delivery.DeliveryTransport;
import org.smppconnector.simulator.delivery.OutboundWindow;
import org.smppconnector.simulator.fault.RateWindow;
import org.smppconnector.simulator.fault.ResponseAction;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Direction;
import org.smppconnector.simulator.record.PduLog;
import org.smppconnector.simulator.record.PduRecord;
import org.smppconnector.simulator.smpp.CommandNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One accepted connection: the jSMPP server session that speaks the protocol, and the
 * simulator's state around it (account, bind group, PDU log, delivery window, faults).
 */
public final class ServerSession implements SimulatedSession, DeliveryChannel, DeliveryTransport, ResponsePlans {
    private static final Logger LOG = LoggerFactory.getLogger(ServerSession.class);

    private final String id;
    private final Origin origin;
    private final Socket socket;
    private final SessionServices services;
    private final PduLog log;
    private final SimConnection connection;
    private final OutboundWindow window;
    private final DefaultPDUSender sender = new DefaultPDUSender();
    private final Instant connectedAt = Instant.now();
    private final AtomicInteger ownSequence = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Void>> enquiries = new ConcurrentHashMap<>();
    private final Map<Integer, ResponseAction> responsePlans = new ConcurrentHashMap<>();
    private final AtomicBoolean closedOnce = new AtomicBoolean();
    private SMPPServerSession jsmpp;

    private final java.util.concurrent.atomic.AtomicReference<State> state =
            new java.util.concurrent.atomic.AtomicReference<>(State.CONNECTED);
    private volatile Account account;
    private volatile BindKind bindKind;
    private volatile String systemType;
    private volatile String bindGroup = "0";
    private volatile int interfaceVersion;
    private volatile long bindOrder;
    private final AtomicBoolean slotHeld = new AtomicBoolean();
    private volatile RateWindow rate;
    private volatile Instant boundAt;
    private volatile Instant closedAt;
    private volatile String closeReason;
    private volatile long lastRequestNanos = System.nanoTime();
    private volatile boolean unbindReceived;
    private volatile long unboundAtNanos;
    private volatile Thread bindWaiter;
    private volatile Thread reader;
    private long receivedCount;

    ServerSession(String id, Origin origin, Socket socket, SessionServices services) throws IOException {
        this.id = id;
        this.origin = origin;
        this.socket = socket;
        this.services = services;
        this.log = new PduLog(services.settings().pduLogCapacity());
        this.connection = new SimConnection(socket, this, services.workers());
        this.window = new OutboundWindow(services.rules().profile().deliveryWindow(), this, services.router(),
                services.workers(), this::nextOwnSequence);
    }

    /** Starts jSMPP's reader and waits for the bind on a worker. */
    void start() {
        SessionSettings settings = services.settings();
        // no SynchronizedPDUSender: it would hold every sender through the socket write; the
        // PduOutputStream takes each whole PDU atomically and groups the writes itself
        jsmpp = new SMPPServerSession(connection, (newState, oldState, source) -> stateChanged(newState),
                new RequestHandler(this, services), null, settings.processorThreads(), settings.processorQueue(),
                sender, new RecordingPduReader(this));
        jsmpp.setEnquireLinkTimer((int) settings.enquireLinkInterval().toMillis());
        jsmpp.setTransactionTimer(settings.transactionTimeout().toMillis());
        services.registry().opened(this);
        try {
            services.workers().execute(() -> {
                bindWaiter = Thread.currentThread();
                try {
                    new BindHandler(services).handle(this);
                } finally {
                    bindWaiter = null;
                }
            });
        } catch (RejectedExecutionException e) {
            close("simulator stopping");
        }
    }

    SMPPServerSession jsmpp() {
        return jsmpp;
    }

    // ---- bind -------------------------------------------------------------------------------

    /** Notes what the bind asked for, holding one of the account's session slots. */
    void prepareBind(Account bound, BindKind kind, String type, String group, int version) {
        this.account = bound;
        this.bindKind = kind;
        this.systemType = type;
        this.bindGroup = group;
        this.interfaceVersion = version;
        this.rate = services.registry().rate(bound.systemId());
        slotHeld.set(true);
        if (closedOnce.get()) {
            releaseSlot(); // closed while binding: closed() may have run before the slot was noted
        }
    }

    private void releaseSlot() {
        if (slotHeld.getAndSet(false)) {
            services.registry().release(account.systemId());
        }
    }

    void bindCompleted() {
        this.bindOrder = services.registry().bound(this);
        this.boundAt = Instant.now();
        state.compareAndSet(State.CONNECTED, State.BOUND); // unless it closed meanwhile
        if (closedOnce.get()) {
            services.registry().closed(this); // closed while binding
        }
    }

    RateWindow rate() {
        return rate;
    }

    boolean isTransmitter() {
        return bindKind != null && bindKind.canTransmit();
    }

    // ---- inbound ----------------------------------------------------------------------------

    /** Called by the reader for every PDU received. */
    void received(Command header, byte[] pdu) throws IOException {
        if (log.isEnabled()) {
            log.add(new PduRecord(id, Direction.RECEIVED, System.currentTimeMillis(), pdu));
        }
        services.counters().increment(Counter.PDUS_RECEIVED);
        int commandId = header.getCommandId();
        if (!CommandNames.isResponse(commandId)) {
            lastRequestNanos = System.nanoTime();
        }
        if (commandId == SMPPConstant.CID_UNBIND) {
            unbindReceived = true;
            services.counters().increment(Counter.UNBINDS_RECEIVED);
        }
        services.signal().changed();
        int every = services.faults().dropConnectionEvery();
        if (every > 0 && ++receivedCount % every == 0) {
            services.counters().increment(Counter.CONNECTIONS_DROPPED);
            closeReason = "fault: connection dropped on PDU " + receivedCount;
            socket.close();
            throw new IOException(closeReason);
        }
    }

    /** True when the ESME sent unbind and nothing in the simulator decided to close the connection itself. */
    boolean unboundByEsmeRequest() {
        return unbindReceived && closeReason == null;
    }

    /** When the session left the bound state (System.nanoTime()); meaningful once UNBOUND. */
    long unboundAtNanos() {
        return unboundAtNanos;
    }

    void readingOn(Thread thread) {
        if (reader == null) {
            reader = thread;
        }
    }

    /** Waits for jSMPP's reader thread (which also stops the session's processing threads) to end. */
    public void awaitStopped(long millis) throws InterruptedException {
        Thread thread = reader;
        if (thread != null) {
            thread.join(millis);
        }
    }

    boolean isOwnResponse(Command header) {
        int commandId = header.getCommandId();
        return (commandId == SMPPConstant.CID_DELIVER_SM_RESP || commandId == SMPPConstant.CID_ENQUIRE_LINK_RESP)
                && OutboundWindow.owns(header.getSequenceNumber());
    }

    void ownResponse(Command header) {
        if (header.getCommandId() == SMPPConstant.CID_DELIVER_SM_RESP) {
            window.onResponse(header.getSequenceNumber(), header.getCommandStatus());
        } else {
            CompletableFuture<Void> enquiry = enquiries.remove(header.getSequenceNumber());
            if (enquiry != null) {
                enquiry.complete(null);
            }
        }
    }

    long lastRequestNanos() {
        return lastRequestNanos;
    }

    // ---- outbound ---------------------------------------------------------------------------

    @Override
    public void plan(int sequenceNumber, ResponseAction action) {
        responsePlans.put(sequenceNumber, action);
    }

    /** True when the PDU is a response a fault keeps back (dropped, or written later). */
    boolean holdBack(byte[] pdu) {
        if (responsePlans.isEmpty() || pdu.length < 16) {
            return false;
        }
        int commandId = readInt(pdu, 4);
        if (commandId != SMPPConstant.CID_SUBMIT_SM_RESP && commandId != SMPPConstant.CID_DATA_SM_RESP
                && commandId != SMPPConstant.CID_SUBMIT_MULTI_RESP) {
            return false;
        }
        ResponseAction action = responsePlans.remove(readInt(pdu, 12));
        if (action == null) {
            return false;
        }
        if (action.isDrop()) {
            services.counters().increment(Counter.RESPONSES_DROPPED);
            services.signal().changed();
            return true;
        }
        services.counters().increment(Counter.RESPONSES_DELAYED);
        services.signal().changed();
        try {
            services.timer().schedule(() -> services.workers().execute(() -> {
                try {
                    connection.pduOutput().writeHeld(pdu);
                } catch (IOException e) {
                    LOG.debug("session {}: delayed response not written: {}", id, e.toString());
                }
            }), action.delayNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("session {}: simulator stopping, delayed response dropped", id);
        }
        return true;
    }

    /** Called for every PDU written. */
    void sent(byte[] pdu) {
        if (log.isEnabled()) {
            log.add(new PduRecord(id, Direction.SENT, System.currentTimeMillis(), pdu));
        }
        services.counters().increment(Counter.PDUS_SENT);
        if (readInt(pdu, 4) == SMPPConstant.CID_UNBIND) {
            services.counters().increment(Counter.UNBINDS_SENT);
        }
        services.signal().changed();
    }

    @Override
    public void write(Delivery delivery, int sequenceNumber) throws IOException {
        Delivery.DeliverSmFields f = delivery.fields();
        try {
            sender.sendDeliverSm(connection.getOutputStream(), sequenceNumber, f.serviceType(),
                    ton(f.sourceTon()), npi(f.sourceNpi()), f.source(), ton(f.destTon()), npi(f.destNpi()),
                    f.destination(), new ESMClass(f.esmClass()), (byte) 0, (byte) 0, new RegisteredDelivery(0),
                    new RawDataCoding(f.dataCoding()), f.shortMessage(), f.tlvs());
        } catch (PDUStringException e) {
            throw new IOException("deliver_sm cannot be encoded: " + e.getMessage(), e);
        }
    }

    /** Writes an outbind: the first PDU of a connection the simulator made, before {@link #start()}. */
    void sendOutbind(String systemId, String password) throws IOException {
        try {
            sender.sendOutbind(connection.getOutputStream(), nextOwnSequence(), systemId, password);
        } catch (PDUStringException e) {
            throw new IllegalArgumentException("outbind cannot carry system_id '" + systemId + "' or its password: "
                    + e.getMessage(), e);
        }
    }

    private int nextOwnSequence() {
        return 0x40000000 + (ownSequence.getAndIncrement() & 0x3FFFFFFF);
    }

    // ---- state ------------------------------------------------------------------------------

    private void stateChanged(SessionState newState) {
        if (newState == SessionState.UNBOUND) {
            unboundAtNanos = System.nanoTime();
            state.updateAndGet(current -> current == State.CLOSED ? current : State.UNBOUND);
            services.signal().changed();
        } else if (newState == SessionState.CLOSED) {
            closed();
        }
    }

    private void closed() {
        if (!closedOnce.compareAndSet(false, true)) {
            return;
        }
        state.set(State.CLOSED);
        closedAt = Instant.now();
        services.registry().closed(this);
        if (account != null) {
            releaseSlot();
        }
        services.router().channelClosed(this);
        enquiries.values().forEach(enquiry -> enquiry.cancel(false));
        Thread waiter = bindWaiter;
        if (waiter != null) {
            waiter.interrupt();
        }
        services.counters().increment(Counter.SESSIONS_CLOSED);
        services.signal().changed();
    }

    /** Closes the connection (no unbind), noting why. */
    void close(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        if (jsmpp != null) {
            jsmpp.close();
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("session {}: close: {}", id, e.toString());
        }
        closed();
    }

    /** Closes the connection after a grace period, unless the ESME closed it first. */
    void closeLater(String reason, long millis) {
        try {
            services.timer().schedule(() -> close(reason), millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            close(reason);
        }
    }

    /** Closes an idle session the way the provider does: no unbind. */
    void closeIdle(String reason) {
        close("inactivity: " + reason);
    }

    /** Unbinds when bound, else closes; for the simulator's stop. */
    public void closeCleanly(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        if (state.get() == State.BOUND && !unbindReceived) { // the ESME may be unbinding already
            jsmpp.unbindAndClose();
        }
        close(reason);
    }

    // ---- SimulatedSession ---------------------------------------------------------------------

    @Override
    public String id() {
        return id;
    }

    @Override
    public Endpoint endpoint() {
        return origin.endpoint();
    }

    Origin origin() {
        return origin;
    }

    @Override
    public State state() {
        return state.get();
    }

    @Override
    public String systemId() {
        Account bound = account;
        return bound == null ? null : bound.systemId();
    }

    @Override
    public BindKind bindKind() {
        return bindKind;
    }

    @Override
    public String systemType() {
        return systemType;
    }

    @Override
    public String bindGroup() {
        return bindGroup;
    }

    @Override
    public int interfaceVersion() {
        return interfaceVersion;
    }

    @Override
    public Instant connectedAt() {
        return connectedAt;
    }

    @Override
    public Instant boundAt() {
        return boundAt;
    }

    @Override
    public Instant closedAt() {
        return closedAt;
    }

    @Override
    public String closeReason() {
        return closeReason;
    }

    @Override
    public List<PduRecord> pdus() {
        return log.snapshot();
    }

    @Override
    public int unacknowledgedDeliveries() {
        return window.unacknowledged();
    }

    @Override
    public int queuedDeliveries() {
        return window.queued();
    }

    @Override
    public boolean enquireLink(Duration timeout) {
        int sequenceNumber = nextOwnSequence();
        CompletableFuture<Void> answer = new CompletableFuture<>();
        enquiries.put(sequenceNumber, answer);
        try {
            sender.sendEnquireLink(connection.getOutputStream(), sequenceNumber);
            services.counters().increment(Counter.ENQUIRE_LINKS_SENT);
            answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (IOException | ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            enquiries.remove(sequenceNumber);
        }
    }

    @Override
    public void unbind() {
        if (state.get() != State.BOUND) {
            throw new IllegalStateException("session " + id + " is " + state.get() + ", not bound");
        }
        closeReason = "unbound by the SMSC";
        jsmpp.unbindAndClose();
        closed();
    }

    @Override
    public void drop() {
        if (closeReason == null) {
            closeReason = "dropped by the SMSC";
        }
        services.counters().increment(Counter.CONNECTIONS_DROPPED);
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("session {}: drop: {}", id, e.toString());
        }
    }

    // ---- DeliveryChannel ----------------------------------------------------------------------

    @Override
    public boolean canReceive() {
        return state.get() == State.BOUND && bindKind != null && bindKind.canReceive();
    }

    @Override
    public long bindOrder() {
        return bindOrder;
    }

    @Override
    public OutboundWindow window() {
        return window;
    }

    @Override
    public String toString() {
        return "session " + id + " (" + systemId() + " " + bindKind + " group " + bindGroup + ", " + state.get() + ")";
    }

    private static TypeOfNumber ton(byte value) {
        try {
            return TypeOfNumber.valueOf(value);
        } catch (IllegalArgumentException e) {
            return TypeOfNumber.UNKNOWN;
        }
    }

    private static NumberingPlanIndicator npi(byte value) {
        try {
            return NumberingPlanIndicator.valueOf(value);
        } catch (IllegalArgumentException e) {
            return NumberingPlanIndicator.UNKNOWN;
        }
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
