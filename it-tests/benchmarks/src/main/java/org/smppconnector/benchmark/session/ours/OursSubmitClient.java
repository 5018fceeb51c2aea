package org.smppconnector.benchmark.session.ours;

import java.util.concurrent.CompletionStage;

/**
 * =====================================================================================
 *  PLUG-IN POINT FOR OUR SESSION ENGINE. Until the engine (org.smppconnector.smpp.session
 *  SmppSession / org.smppconnector.smpp.pool AccountPool, in adapter/core) is merged, every
 *  method throws UnsupportedOperationException and the benchmark skips "ours" with a note.
 *
 *  To wire it (about 50 lines): in start(), build the account settings (host, port,
 *  system_id/password from Workload, transmitter binds = sessions, window = window), create
 *  the pool on a small executor and wait until every bind is up; in submit(), build the
 *  engine's submit_sm from the SubmitFields (or reuse one built in start() if the engine
 *  copies it) and return the engine's future for the submit_sm_resp; in close(), unbind and
 *  shut the pool and executor down.
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
