package org.smppconnector.smpp.receipt;

/**
 * The receipt TLVs of a deliver_sm (or data_sm), each null when the PDU did not carry it.
 *
 * @param receiptedMessageId receipted_message_id (0x001E)
 * @param messageState       message_state (0x0427), the raw code
 * @param networkErrorCode   network_error_code (0x0423)
 */
public record ReceiptTlvs(String receiptedMessageId, Integer messageState,
                          NetworkErrorCode networkErrorCode) {

    /** A receipt whose only content is its text. */
    public static final ReceiptTlvs NONE = new ReceiptTlvs(null, null, null);

    /** From the TLV values as the PDU decoder gives them; a null argument is an absent TLV. */
    public static ReceiptTlvs of(String receiptedMessageId, Integer messageState,
                                 byte[] networkErrorCode) {
        return new ReceiptTlvs(receiptedMessageId, messageState,
                networkErrorCode == null ? null : NetworkErrorCode.fromTlvValue(networkErrorCode));
    }
}
