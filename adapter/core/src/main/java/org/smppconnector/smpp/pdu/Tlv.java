package org.smppconnector.smpp.pdu;

/** One TLV as a copy of its tag and value octets, for inspecting a {@link Tlvs} container. */
public record Tlv(int tag, byte[] value) {

    /** The spec name of the tag, or "tag 0x...." when it is not a standard one. */
    public String name() {
        return Tag.nameOf(tag);
    }
}
