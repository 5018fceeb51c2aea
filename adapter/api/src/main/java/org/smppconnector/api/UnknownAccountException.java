package org.smppconnector.api;

import java.util.Objects;

/**
 * No account of this name is configured (or it is disabled), so there is nothing to send on.
 * Not retriable until an operator adds or enables it.
 */
public class UnknownAccountException extends SmppResourceException {

    private static final long serialVersionUID = 1L;

    private final String account;

    public UnknownAccountException(String account) {
        super("no account named '" + Objects.requireNonNull(account, "account") + "' is configured");
        this.account = account;
    }

    public String account() {
        return account;
    }
}
