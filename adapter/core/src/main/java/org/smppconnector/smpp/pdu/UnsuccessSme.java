package org.smppconnector.smpp.pdu;

/** A destination of a submit_multi that the SMSC could not accept, with its error (a command_status value). */
public record UnsuccessSme(int ton, int npi, String address, int errorStatusCode) {

    public UnsuccessSme {
        Pdu.octet(ton, "dest_addr_ton");
        Pdu.octet(npi, "dest_addr_npi");
        address = Pdu.text(address, "destination_addr");
    }
}
