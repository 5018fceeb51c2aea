package org.smppconnector.benchmark.session.ours;

import java.util.concurrent.CompletionStage;

/**
 * =====================================================================================
 *  PLUG-IN POINT FOR OUR SESSION ENGINE. Until the engine (org.smppconnector.smpp.session
 *  SmppSession / org.smppconnector.smpp.pool AccountPool, in adapter/core) is merged, every
 *  method throws UnsupportedOperationException and the benchmark skips "ours" with a note.
 *
 *  To wire it (about 50 lines, nothing else changes):
 *  - start(host, port, sessions, window): create the engine's executor/scheduler, then either
 *    the account pool with `sessions` transmitter binds of window `window`, or `sessions`
 *    SmppSession objects (settings: system_id Workload.SYSTEM_ID, password Workload.PASSWORD,
 *    bind type transmitter, window `window`, a wait for a window slot of some seconds, a
 *    response timeout of 30 s), and wait until every bind is up (throw if one fails).
 *  - submit(fields): build an org.smppconnector.smpp.pdu.SubmitSm from the fields (a new one
 *    per call if the engine sets its sequence number on it; the short_message byte[] can be
 *    shared) and return the engine's CompletableFuture of the submit_sm_resp: the pool's
 *    submit, or with plain sessions a round robin over them (an AtomicInteger index).
 *    Blocking while every window is full is fine; completing on the engine's reader thread too.
 *  - close(): unbind every session, shut the executor and scheduler down.
 *  Then `--libs ours,jsmpp,cloudhopper,raw` reports ours, its ratio to the faster library, and
 *  the goals judged for it.
 * =====================================================================================
 */
public final class OursSubmitClient implements SubmitClient {

    static final String NOT_MERGED = "engine not yet merged: wire OursSubmitClient to org.smppconnector.smpp.session/pool";

    @Override
    public void start(String host, int port, int sessions, int window) {
        throw new UnsupportedOperationException(NOT_MERGED);
    }

    @Override
    public CompletionStage<?> submit(SubmitFields message) {
        throw new UnsupportedOperationException(NOT_MERGED);
    }

    @Override
    public void close() {
        // nothing was started
    }
}
