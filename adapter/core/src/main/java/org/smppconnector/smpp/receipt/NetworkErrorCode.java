package org.smppconnector.smpp.receipt;

/**
 * The {@code network_error_code} TLV (SMPP 3.4 5.3.2.31): the network type (1 ANSI-136,
 * 2 IS-95, 3 GSM, 4 ANSI-136 cause, 5 IS-95 cause, 6 ANSI-41, 7 SMPP, 8 SMSC specific)
 * and that network's 16-bit error code.
 */
public record NetworkErrorCode(int networkType, int errorCode) {

    public NetworkErrorCode {
        if (networkType < 0 || networkType > 0xFF) {
            throw new IllegalArgumentException("network type must be one octet, not " + networkType);
        }
        if (errorCode < 0 || errorCode > 0xFFFF) {
            throw new IllegalArgumentException("error code must be two octets, not " + errorCode);
        }
    }

    /** Reads the TLV's 3-octet value: the network type, then the code big-endian. */
    public static NetworkErrorCode fromTlvValue(byte[] value) {
        if (value.length != 3) {
            throw new IllegalArgumentException(
                    "network_error_code must be 3 octets, not " + value.length);
        }
        return new NetworkErrorCode(value[0] & 0xFF, (value[1] & 0xFF) << 8 | value[2] & 0xFF);
    }

    public byte[] toTlvValue() {
        return new byte[] {(byte) networkType, (byte) (errorCode >> 8), (byte) errorCode};
    }
}
