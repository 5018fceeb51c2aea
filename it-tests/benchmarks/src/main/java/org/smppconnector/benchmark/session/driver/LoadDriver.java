package org.smppconnector.benchmark.session.driver;

import java.net.InetSocketAddress;

/**
 * One client library under load. The runner opens it with a number of sessions and a window,
 * prepares runs of a number of submit_sm (warm-up, then the measured one), and closes it.
 *
 * <p>Contract: {@link #prepare} creates and starts whatever threads the run needs, parked until
 * {@link LoadRun#start()}, so that neither thread creation nor binding is measured. A run sends
 * exactly {@code count} {@link Workload} submit_sm spread over all sessions, keeps at most
 * {@code window} of them unanswered per session, records each one's latency (from just before
 * the library is asked to submit it to when its submit_sm_resp is handed back) and counts each
 * response in the run's {@link Completion}.
 */
public interface LoadDriver extends AutoCloseable {

    /** The library's name in the report. */
    String name();

    /**
     * Connects and binds {@code sessions} transmitter sessions to the SMSC.
     *
     * @throws UnsupportedOperationException when this driver cannot run here (the runner skips it)
     */
    void open(InetSocketAddress smsc, int sessions, int window) throws Exception;

    /** Readies a run of {@code count} submit_sm; nothing is sent before {@link LoadRun#start()}. */
    LoadRun prepare(long count, LatencyRecorder latencies) throws Exception;

    /** Unbinds and disconnects every session and stops the library's threads. */
    @Override
    void close();
}
