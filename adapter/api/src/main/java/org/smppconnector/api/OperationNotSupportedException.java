package org.smppconnector.api;

import java.util.Objects;

/**
 * The account's provider does not offer this operation, e.g. data_sm, query_sm or cancel_sm on
 * BulkSMS. Refused before anything is sent; not retriable.
 */
public class OperationNotSupportedException extends SmppResourceException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String account;

    /**
     * @param operation the SMPP command, e.g. "data_sm"
     * @param account   the account that does not support it
     */
    public OperationNotSupportedException(String operation, String account) {
        super("account '" + Objects.requireNonNull(account, "account") + "' does not support "
                + Objects.requireNonNull(operation, "operation"));
        this.operation = operation;
        this.account = account;
    }

    /** The SMPP command, e.g. "data_sm". */
    public String operation() {
        return operation;
    }

    public String account() {
        return account;
    }
}
