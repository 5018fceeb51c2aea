package org.smppconnector.store.account;

import org.smppconnector.store.StoreException;

/** An account of that name is already in the store. */
public class AccountExistsException extends StoreException {

    private static final long serialVersionUID = 1L;

    public AccountExistsException(String name) {
        super("an account named \"" + name + "\" already exists");
    }
}
