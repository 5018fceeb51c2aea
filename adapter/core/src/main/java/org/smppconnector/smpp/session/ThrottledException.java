package org.smppconnector.smpp.session;

/**
 * The SMSC kept refusing a request for load (ESME_RTHROTTLED, ESME_RMSGQFUL) until the retry
 * table's attempts ran out. Not accepted; worth trying again later.
 */
public class ThrottledException extends CommandStatusException {

    private final int attempts;

    public ThrottledException(String command, int commandStatus, String commandStatusName, int attempts) {
        super(command + " still refused by the SMSC after " + attempts + " attempt" + (attempts == 1 ? "" : "s")
                        + ": " + describeStatus(commandStatus, commandStatusName),
                command, commandStatus, commandStatusName, true);
        this.attempts = attempts;
    }

    /** How many times the request was sent, the first time included. */
    public int attempts() {
        return attempts;
    }
}
