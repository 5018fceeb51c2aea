package org.smppconnector.benchmark.session;

/**
 * One library's figures for one number of sessions and window.
 *
 * @param failure null when the run completed; otherwise what went wrong (the figures are then 0)
 */
record CellResult(String library, int sessions, int window, long messages, double seconds,
                  long p50Nanos, long p99Nanos, long maxNanos, long clientCpuNanos, long sinkCpuNanos,
                  String failure) {

    static CellResult failed(String library, int sessions, int window, long messages, String failure) {
        return new CellResult(library, sessions, window, messages, 0, 0, 0, 0, 0, 0, failure);
    }

    boolean ok() {
        return failure == null;
    }

    double perSecond() {
        return messages / seconds;
    }

    double clientCpuMicrosPerMessage() {
        return clientCpuNanos / 1e3 / messages;
    }

    double sinkCpuMicrosPerMessage() {
        return sinkCpuNanos / 1e3 / messages;
    }
}
