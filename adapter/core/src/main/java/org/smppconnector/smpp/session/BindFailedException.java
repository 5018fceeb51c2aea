package org.smppconnector.smpp.session;

import org.smppconnector.smpp.pdu.CommandStatus;

/**
 * A bind did not come up: the connection failed, the SMSC refused the bind (its command_status
 * is kept), or it did not answer in time.
 */
public class BindFailedException extends SmppException {

    /** The SMSC answered the bind with {@code commandStatus}. */
    public BindFailedException(String target, int commandStatus) {
        super("bind to " + target + " refused by the SMSC: "
                        + describeStatus(commandStatus, CommandStatus.isKnown(commandStatus) ? CommandStatus.name(commandStatus) : null),
                commandStatus, CommandStatus.isKnown(commandStatus) ? CommandStatus.name(commandStatus) : null,
                commandStatus != CommandStatus.ESME_RINVPASWD && commandStatus != CommandStatus.ESME_RINVSYSID);
    }

    /** The connection or the bind exchange failed before an answer. */
    public BindFailedException(String target, String what, Throwable cause) {
        super("bind to " + target + " failed: " + what, true, cause);
    }
}
