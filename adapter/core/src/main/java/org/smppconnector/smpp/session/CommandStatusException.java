package org.smppconnector.smpp.session;

/** The SMSC answered a request with a command_status other than ESME_ROK. */
public class CommandStatusException extends SmppException {

    private final String command;

    /**
     * @param command           the request refused, e.g. {@code submit_sm}
     * @param commandStatusName the status's name, or null when not known
     * @param retriable         whether the retry table counts this status as passing
     */
    public CommandStatusException(String command, int commandStatus, String commandStatusName, boolean retriable) {
        this(command + " refused by the SMSC: " + describeStatus(commandStatus, commandStatusName),
                command, commandStatus, commandStatusName, retriable);
    }

    protected CommandStatusException(String message, String command, int commandStatus, String commandStatusName,
                                     boolean retriable) {
        super(message, commandStatus, commandStatusName, retriable);
        this.command = command;
    }

    /** The request the SMSC refused, e.g. {@code submit_sm}. */
    public String command() {
        return command;
    }

    /** The command_status value, always present for this exception. */
    public int statusCode() {
        return commandStatus().getAsInt();
    }
}
