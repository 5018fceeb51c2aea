package org.smppconnector.store.account;

import org.smppconnector.store.StoreException;

/** No account of that name is in the store. */
public class NoSuchAccountException extends StoreException {

    private static final long serialVersionUID = 1L;

    public NoSuchAccountException(String name) {
        super("no account named \"" + name + "\"");
    }
}
