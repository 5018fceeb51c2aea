package org.smppconnector.api;

import java.util.Objects;

/**
 * The account has no bind that can send now: its binds are down or still binding (the message
 * says why, e.g. the SMSC refused the password), or it has none that transmits. Nothing was
 * sent. Retriable: the connector keeps rebinding.
 */
public class NotBoundException extends SmppResourceException {

    private static final long serialVersionUID = 1L;

    private final String account;

    public NotBoundException(String account, String message) {
        super(message);
        this.account = Objects.requireNonNull(account, "account");
    }

    public String account() {
        return account;
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
