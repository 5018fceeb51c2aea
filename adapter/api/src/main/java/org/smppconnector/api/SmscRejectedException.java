package org.smppconnector.api;

import java.util.List;
import java.util.Objects;

/**
 * The SMSC answered the request with an error command_status (SMPP 3.4, 5.1.3): for example
 * ESME_RINVDSTADR for a destination it does not serve, ESME_RCANCELFAIL for a message it can
 * no longer cancel. {@link #commandStatus()} and {@link #commandStatusName()} give the answer;
 * {@link #getErrorCode()} is the name too, so that containers' logs show it.
 *
 * <p>The request itself was refused: {@link #mayHaveBeenAccepted()} is false. For a split
 * message, the parts before the refused one may have been accepted: see
 * {@link #acceptedMessageIds()}.
 */
public class SmscRejectedException extends SmppResourceException {

    private static final long serialVersionUID = 1L;

    /** The statuses SMPP marks as temporary conditions of the SMSC (or of the receiving ESME). */
    private static final int ESME_RSYSERR = 0x08;
    private static final int ESME_RMSGQFUL = 0x14;
    private static final int ESME_RTHROTTLED = 0x58;
    private static final int ESME_RX_T_APPN = 0x64;

    private final int commandStatus;
    private final String commandStatusName;

    /**
     * @param message            what was refused, e.g. "submit_sm for part 2 of 3 refused"
     * @param commandStatus      the command_status of the SMSC's answer
     * @param commandStatusName  its name, e.g. "ESME_RINVDSTADR", or a description for the
     *                           vendor-specific values SMPP leaves unnamed
     * @param acceptedMessageIds the ids of the parts accepted before the refusal
     */
    public SmscRejectedException(String message, int commandStatus, String commandStatusName,
            List<String> acceptedMessageIds) {
        super(message, null, false, acceptedMessageIds);
        if (commandStatus == 0) {
            throw new IllegalArgumentException("ESME_ROK is no refusal");
        }
        this.commandStatus = commandStatus;
        this.commandStatusName = Objects.requireNonNull(commandStatusName, "commandStatusName");
        setErrorCode(commandStatusName);
    }

    /** The command_status the SMSC answered, e.g. 0x0000000B. */
    public int commandStatus() {
        return commandStatus;
    }

    /** The name of {@link #commandStatus()}, e.g. "ESME_RINVDSTADR". */
    public String commandStatusName() {
        return commandStatusName;
    }

    /**
     * True for the statuses that report a passing condition of the SMSC: ESME_RSYSERR,
     * ESME_RMSGQFUL, ESME_RTHROTTLED, ESME_RX_T_APPN. Everything else, such as an invalid
     * destination, will be refused again.
     */
    @Override
    public boolean isRetriable() {
        return commandStatus == ESME_RSYSERR || commandStatus == ESME_RMSGQFUL
                || commandStatus == ESME_RTHROTTLED || commandStatus == ESME_RX_T_APPN;
    }
}
