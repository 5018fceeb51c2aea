package org.smppconnector.simulator.cli;

/** A bad command line; the message names the flag. The command exits with status 2. */
public final class UsageException extends IllegalArgumentException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
