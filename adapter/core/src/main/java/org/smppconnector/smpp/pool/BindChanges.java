package org.smppconnector.smpp.pool;

/**
 * What {@link AccountPool#reconfigure} did.
 *
 * @param opened   binds added (they bind in the background)
 * @param closed   binds removed and closed
 * @param rebound  binds moved to a new session (new credentials, host, TLS, ...)
 * @param adjusted bound sessions changed in place (window, timeouts, keepalive, retry rules)
 */
public record BindChanges(int opened, int closed, int rebound, int adjusted) {

    /** Whether anything about the binds changed. */
    public boolean any() {
        return opened + closed + rebound + adjusted > 0;
    }
}
