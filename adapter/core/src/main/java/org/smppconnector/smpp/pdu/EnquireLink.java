package org.smppconnector.smpp.pdu;

/** enquire_link; it has no body. */
public final class EnquireLink extends PduRequest<EnquireLinkResp> {

    public EnquireLink() {
        super(CommandId.ENQUIRE_LINK);
    }

    @Override
    public boolean allowsTlvs() {
        return false;
    }

    @Override
    protected EnquireLinkResp newResponse() {
        return new EnquireLinkResp();
    }
}
