package org.smppconnector.smpp.pdu;

/** unbind; it has no body. */
public final class Unbind extends PduRequest<UnbindResp> {

    public Unbind() {
        super(CommandId.UNBIND);
    }

    @Override
    public boolean allowsTlvs() {
        return false;
    }

    @Override
    protected UnbindResp newResponse() {
        return new UnbindResp();
    }
}
