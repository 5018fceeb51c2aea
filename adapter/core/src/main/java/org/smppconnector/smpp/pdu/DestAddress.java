package org.smppconnector.smpp.pdu;

/** One destination of a submit_multi: an SME address (dest_flag 1) or a distribution list name (dest_flag 2). */
public sealed interface DestAddress permits DestAddress.Sme, DestAddress.DistributionList {

    /** dest_flag of an SME address. */
    int FLAG_SME_ADDRESS = 1;
    /** dest_flag of a distribution list name. */
    int FLAG_DISTRIBUTION_LIST = 2;

    /** The dest_flag that introduces this destination on the wire. */
    int destFlag();

    /** An SME address: dest_addr_ton, dest_addr_npi, destination_addr. */
    record Sme(int ton, int npi, String address) implements DestAddress {
        public Sme {
            Pdu.octet(ton, "dest_addr_ton");
            Pdu.octet(npi, "dest_addr_npi");
            address = Pdu.text(address, "destination_addr");
        }

        @Override
        public int destFlag() {
            return FLAG_SME_ADDRESS;
        }
    }

    /** A distribution list defined on the SMSC: dl_name. */
    record DistributionList(String name) implements DestAddress {
        public DistributionList {
            name = Pdu.text(name, "dl_name");
        }

        @Override
        public int destFlag() {
            return FLAG_DISTRIBUTION_LIST;
        }
    }
}
