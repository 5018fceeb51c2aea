package org.smppconnector.console.data;

/**
 * The store could not be read or written. Says what the console was doing; the SQL error is
 * the cause, which goes to the log and never to a client.
 */
public class StoreAccessException extends RuntimeException {

    public StoreAccessException(String doing, Throwable cause) {
        super("Store access failed while " + doing, cause);
    }
}
