package org.smppconnector.smpp.pdu;

/**
 * The value of the network_error_code TLV: the network type (1 = ANSI-136, 2 = IS-95,
 * 3 = GSM, ...) and the error code that network reported.
 */
public record NetworkErrorCode(int networkType, int errorCode) {

    public NetworkErrorCode {
        if ((networkType & ~0xFF) != 0) {
            throw new IllegalArgumentException("network_error_code network type must fit in 1 octet: " + networkType);
        }
        if ((errorCode & ~0xFFFF) != 0) {
            throw new IllegalArgumentException("network_error_code error code must fit in 2 octets: " + errorCode);
        }
    }
}
