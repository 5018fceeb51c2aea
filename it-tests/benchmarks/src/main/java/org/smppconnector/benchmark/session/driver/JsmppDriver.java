package org.smppconnector.benchmark.session.driver;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

/**
 * jSMPP 3.0.2's client. Its submitShortMessage blocks until the response, so a window of W is W
 * sending threads per session, each submitting in a loop. Tuned as far as its API allows: the
 * PDU processor pool (which hands responses to the waiting threads) has
 * {@code processorDegree} threads and a queue long enough for a full window; logging is at
 * WARNING (set by the runner), so its per-PDU debug calls are not written.
 */
public final class JsmppDriver implements LoadDriver {

    private final int processorDegree;
    private final List<SMPPSession> sessions = new ArrayList<>();
    private int window;

    private final TypeOfNumber sourceTon = TypeOfNumber.valueOf((byte) Workload.SOURCE_TON);
    private final NumberingPlanIndicator sourceNpi = NumberingPlanIndicator.valueOf((byte) Workload.SOURCE_NPI);
    private final TypeOfNumber destTon = TypeOfNumber.valueOf((byte) Workload.DEST_TON);
    private final NumberingPlanIndicator destNpi = NumberingPlanIndicator.valueOf((byte) Workload.DEST_NPI);
    private final ESMClass esmClass = new ESMClass();
    private final RegisteredDelivery noReceipt = new RegisteredDelivery();
    private final DataCoding dataCoding = DataCodings.ZERO;
    private final byte[] shortMessage = Workload.shortMessage();

    /** @param processorDegree threads of each session's PDU processor pool (jSMPP's default is 3) */
    public JsmppDriver(int processorDegree) {
        this.processorDegree = processorDegree;
    }

    @Override
    public String name() {
        return "jsmpp";
    }

    @Override
    public void open(InetSocketAddress smsc, int count, int window) throws Exception {
        this.window = window;
        for (int i = 0; i < count; i++) {
            SMPPSession session = new SMPPSession();
            session.setPduProcessorDegree(processorDegree);
            session.setQueueCapacity(Math.max(100, window * 2));
            session.setTransactionTimer(30_000);
            session.setEnquireLinkTimer(60_000);
            session.connectAndBind(smsc.getHostString(), smsc.getPort(), new BindParameter(BindType.BIND_TX,
                    Workload.SYSTEM_ID, Workload.PASSWORD, "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    10_000);
            sessions.add(session);
        }
    }

    @Override
    public LoadRun prepare(long count, LatencyRecorder latencies) {
        Tickets tickets = new Tickets(count);
        Completion completion = new Completion(count);
        List<LoadRun.Sender> senders = new ArrayList<>();
        for (SMPPSession session : sessions) {
            for (int i = 0; i < window; i++) {
                senders.add(() -> {
                    while (tickets.take()) {
                        long start = System.nanoTime();
                        session.submitShortMessage(Workload.SERVICE_TYPE, sourceTon, sourceNpi, Workload.SOURCE,
                                destTon, destNpi, Workload.DESTINATION, esmClass, (byte) 0, (byte) 0, null, null,
                                noReceipt, (byte) 0, dataCoding, (byte) 0, shortMessage);
                        latencies.record(System.nanoTime() - start);
                        completion.completed(1);
                    }
                });
            }
        }
        return new LoadRun("jsmpp", senders, completion);
    }

    @Override
    public void close() {
        sessions.forEach(SMPPSession::unbindAndClose);
        sessions.clear();
    }
}
