package org.smppconnector.smpp.pdu;

/** submit_sm: the ESME submits a short message to the SMSC. */
public final class SubmitSm extends BaseSm<SubmitSmResp> {

    public SubmitSm() {
        super(CommandId.SUBMIT_SM);
    }

    @Override
    protected SubmitSmResp newResponse() {
        return new SubmitSmResp();
    }
}
