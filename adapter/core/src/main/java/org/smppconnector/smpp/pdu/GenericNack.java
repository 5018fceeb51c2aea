package org.smppconnector.smpp.pdu;

/** generic_nack: the answer to a PDU that could not be understood (bad length, unknown command); it has no body. */
public final class GenericNack extends PduResponse {

    public GenericNack() {
        super(CommandId.GENERIC_NACK);
    }

    @Override
    public boolean allowsTlvs() {
        return false;
    }
}
