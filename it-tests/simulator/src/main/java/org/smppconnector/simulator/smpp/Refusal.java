package org.smppconnector.simulator.smpp;

/**
 * A request the simulated SMSC answers with a negative command_status, and why. Thrown by
 * the rules and parsers; the session layer turns it into the negative response.
 */
public final class Refusal extends Exception {
    private final int commandStatus;

    public Refusal(int commandStatus, String reason) {
        super(reason, null, false, false);
        this.commandStatus = commandStatus;
    }

    public int commandStatus() {
        return commandStatus;
    }

    @Override
    public String toString() {
        return String.format("Refusal[0x%08x: %s]", commandStatus, getMessage());
    }
}
