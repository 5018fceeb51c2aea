package org.smppconnector.smpp.transport;

/**
 * The TLS settings cannot be used: a key store file that is missing or unreadable, a wrong
 * password, an unknown store type, a protocol that is not allowed. Raised when the
 * {@link Connector} is built, before any connection is tried; retrying will not help.
 */
public final class TlsConfigException extends IllegalArgumentException {

    public TlsConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
