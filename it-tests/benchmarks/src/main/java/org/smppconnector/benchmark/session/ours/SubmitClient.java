package org.smppconnector.benchmark.session.ours;

import java.util.concurrent.CompletionStage;

/**
 * What the session benchmark needs of a client to drive it: bind, submit asynchronously,
 * unbind. Implemented for our engine by {@link OursSubmitClient}.
 */
public interface SubmitClient extends AutoCloseable {

    /**
     * Connects and binds {@code sessions} transmitter sessions to {@code host:port} (system_id
     * and password: {@link org.smppconnector.benchmark.session.driver.Workload#SYSTEM_ID} and
     * {@code PASSWORD}), each with a window of {@code window} requests awaiting their response.
     * Returns when all are bound.
     */
    void start(String host, int port, int sessions, int window) throws Exception;

    /**
     * Submits one submit_sm on any bound session. Returns at once, or blocks while every
     * session's window is full (either is fine: the benchmark never has more than
     * sessions x window messages outstanding). The stage completes when the submit_sm_resp
     * arrives (with anything, e.g. the message_id), exceptionally on an error response, a
     * timeout or a lost connection. Called from several threads at once.
     */
    CompletionStage<?> submit(SubmitFields message) throws Exception;

    /** Unbinds every session and releases every thread. */
    @Override
    void close();
}
