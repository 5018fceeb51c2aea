package org.smppconnector.smpp.text;

/** A data_coding value whose alphabet this connector does not implement (or that is reserved). */
public final class UnsupportedDataCodingException extends IllegalArgumentException {

    private final int dataCoding;

    public UnsupportedDataCodingException(int dataCoding, String reason) {
        super(String.format("data_coding 0x%02X is not supported: %s", dataCoding, reason));
        this.dataCoding = dataCoding;
    }

    /** The offending data_coding value (0..255). */
    public int dataCoding() {
        return dataCoding;
    }
}
