package org.smppconnector.simulator.account;

/** An account that cannot exist: bad fields, a bad account file line, or a profile's rule. */
public final class InvalidAccountException extends IllegalArgumentException {
    public InvalidAccountException(String message) {
        super(message);
    }

    public InvalidAccountException(String message, Throwable cause) {
        super(message, cause);
    }
}
