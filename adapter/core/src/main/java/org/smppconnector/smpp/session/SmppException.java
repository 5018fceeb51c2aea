package org.smppconnector.smpp.session;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why the engine could not carry out a request. Every failure says whether trying again
 * may succeed ({@link #isRetriable()}) and whether the SMSC may nevertheless have accepted the
 * message ({@link #mayHaveBeenAccepted()}): together they tell a caller whether a resend is
 * safe, useful, or a possible duplicate. Where the SMSC answered, its command_status is kept.
 */
public abstract class SmppException extends RuntimeException {

    private final boolean retriable;
    private final boolean hasCommandStatus;
    private final int commandStatus;
    private final String commandStatusName;

    protected SmppException(String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
        this.hasCommandStatus = false;
        this.commandStatus = 0;
        this.commandStatusName = null;
    }

    /** For failures raised in bulk by the engine's own threads, where a stack trace says nothing. */
    protected SmppException(String message, boolean retriable, Throwable cause, boolean writableStackTrace) {
        super(message, cause, true, writableStackTrace);
        this.retriable = retriable;
        this.hasCommandStatus = false;
        this.commandStatus = 0;
        this.commandStatusName = null;
    }

    /** For an SMSC's answer: {@code commandStatusName} may be null when the code is not known. */
    protected SmppException(String message, int commandStatus, String commandStatusName, boolean retriable) {
        super(message);
        this.retriable = retriable;
        this.hasCommandStatus = true;
        this.commandStatus = commandStatus;
        this.commandStatusName = commandStatusName;
    }

    /** Whether the same request may succeed if sent again (now, later or on another bind). */
    public boolean isRetriable() {
        return retriable;
    }

    /**
     * Whether the SMSC may have accepted the message despite this failure, so that sending it
     * again could deliver it twice. False unless the request reached the SMSC unanswered.
     */
    public boolean mayHaveBeenAccepted() {
        return false;
    }

    /** The SMSC's command_status, when the failure is its answer. */
    public OptionalInt commandStatus() {
        return hasCommandStatus ? OptionalInt.of(commandStatus) : OptionalInt.empty();
    }

    /** The command_status's name (ESME_RTHROTTLED), when the failure is an answer of known code. */
    public Optional<String> commandStatusName() {
        return Optional.ofNullable(commandStatusName);
    }

    /** {@code ESME_RTHROTTLED (0x00000058)}, or {@code 0x00000458} when the name is unknown. */
    public static String describeStatus(int commandStatus, String commandStatusName) {
        String hex = String.format("0x%08X", commandStatus);
        return commandStatusName == null ? hex : commandStatusName + " (" + hex + ")";
    }
}
