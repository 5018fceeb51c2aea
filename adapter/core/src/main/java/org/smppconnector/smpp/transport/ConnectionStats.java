package org.smppconnector.smpp.transport;

/**
 * Traffic counters of one connection, for keepalive and the console. Times are from the
 * connection's nano clock ({@link ConnectionSettings#nanoClock()}); both start at the time the
 * connection was created. "Out" counts what the socket accepted, not what was queued.
 */
public record ConnectionStats(long pdusIn, long bytesIn, long lastReadNanos,
                              long pdusOut, long bytesOut, long lastWriteNanos) {
}
