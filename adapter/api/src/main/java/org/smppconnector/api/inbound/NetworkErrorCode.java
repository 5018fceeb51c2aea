package org.smppconnector.api.inbound;

/**
 * The network_error_code TLV of a receipt (SMPP 3.4, 5.3.2.31): which kind of network reported
 * the error, and its code there.
 *
 * @param networkType 1 ANSI-136, 2 IS-95, 3 GSM, 4 ANSI-136 cause, 5 IS-95 cause, 6 ANSI-41,
 *                    7 SMPP, 8 SMSC specific
 * @param errorCode   that network's error code, 0..65535
 */
public record NetworkErrorCode(int networkType, int errorCode) {

    public NetworkErrorCode {
        if (networkType < 0 || networkType > 0xFF) {
            throw new IllegalArgumentException("the network type is one octet, not " + networkType);
        }
        if (errorCode < 0 || errorCode > 0xFFFF) {
            throw new IllegalArgumentException("the error code is two octets, not " + errorCode);
        }
    }
}
