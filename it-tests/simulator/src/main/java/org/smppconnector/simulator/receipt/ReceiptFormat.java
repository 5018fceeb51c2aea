package org.smppconnector.simulator.receipt;

/**
 * How a provider writes its receipts.
 *
 * @param text                   what follows {@code text:} in the receipt, if anything
 * @param errorFormat            how the error code becomes the three {@code err:} digits
 * @param tlvs                   whether receipted_message_id, message_state and network_error_code are added
 * @param relayIntermediate      whether intermediate states (ENROUTE, ACCEPTD) are sent at all
 * @param intermediateAfterFinal whether intermediate states arrive after the final one (out of order)
 * @param requests               how registered_delivery is read
 */
public record ReceiptFormat(TextMode text, ErrorFormat errorFormat, boolean tlvs, boolean relayIntermediate,
                            boolean intermediateAfterFinal, RequestMode requests) {

    /** The text field of a receipt. */
    public enum TextMode {
        /** No {@code text:} field. */
        NONE,
        /** The first 20 characters of the submitted text. */
        MESSAGE_PREFIX,
        /** The first 20 characters of the user_message_reference TLV's value (GatewayAPI). */
        USER_MESSAGE_REFERENCE
    }

    /** How the error code is written in {@code err:}. */
    public enum ErrorFormat {
        /** The code in decimal, three digits. */
        DECIMAL,
        /** The low three hex digits of the code, read as a number and written in decimal (0x107E -> 126). */
        HEX_LOW_DIGITS_AS_DECIMAL;

        public String format(int code) {
            int value = this == DECIMAL ? code % 1000 : code & 0xFFF;
            return String.format("%03d", value);
        }
    }

    /** How registered_delivery selects receipts. */
    public enum RequestMode {
        /** SMPP 3.4: bits 0-1 = 01 always, 10 on failure only, 00 / 11 never. */
        STANDARD,
        /** 0 = none; any other value means 01 (BulkSMS). */
        ZERO_OR_FINAL;

        public boolean wants(int registeredDelivery, boolean success) {
            if (this == ZERO_OR_FINAL) {
                return registeredDelivery != 0;
            }
            int bits = registeredDelivery & 0x03;
            return bits == 1 || (bits == 2 && !success);
        }
    }

    public static ReceiptFormat standard() {
        return new ReceiptFormat(TextMode.MESSAGE_PREFIX, ErrorFormat.DECIMAL, true, true, false, RequestMode.STANDARD);
    }
}
