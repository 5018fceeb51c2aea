package org.smppconnector.simulator.smpp;

import org.jsmpp.SMPPConstant;

/** The message commands an ESME may send, which a profile supports or refuses. */
public enum SmppCommand {
    SUBMIT_SM(SMPPConstant.CID_SUBMIT_SM),
    DATA_SM(SMPPConstant.CID_DATA_SM),
    SUBMIT_MULTI(SMPPConstant.CID_SUBMIT_MULTI),
    QUERY_SM(SMPPConstant.CID_QUERY_SM),
    CANCEL_SM(SMPPConstant.CID_CANCEL_SM),
    REPLACE_SM(SMPPConstant.CID_REPLACE_SM);

    private final int commandId;

    SmppCommand(int commandId) {
        this.commandId = commandId;
    }

    public int commandId() {
        return commandId;
    }

    /** The name as the SMPP specification writes it, e.g. {@code submit_sm}. */
    public String pduName() {
        return CommandNames.of(commandId);
    }
}
