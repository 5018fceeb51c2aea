package org.smppconnector.store;

/**
 * The store could not do what it was asked: the database refused or could not be reached.
 * Says what the store was doing; the {@link java.sql.SQLException} is the cause.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
