package org.smppconnector.smpp.receipt;

import java.math.BigInteger;
import java.util.Locale;

/**
 * The forms SMSCs are known to use for one id, as an account setting. The hex/decimal ones
 * are named response form TO receipt form, and key both sides by the id's numeric value, so
 * leading zeros and letter case do not matter to them. An id that is not a number in the
 * form expected is keyed as it is: it still matches the same text on the other side.
 */
public enum MessageIdNormalization implements MessageIdNormalizer {
    /** Both sides write the id identically. */
    AS_IS {
        @Override
        public String submitResponseKey(String id) {
            return id;
        }

        @Override
        public String receiptKey(String id) {
            return id;
        }
    },
    /** submit_sm_resp in hex ({@code 0A1B2C}), receipt in decimal ({@code 662316}). */
    HEX_TO_DECIMAL {
        @Override
        public String submitResponseKey(String id) {
            return numericKey(id, 16);
        }

        @Override
        public String receiptKey(String id) {
            return numericKey(id, 10);
        }
    },
    /** submit_sm_resp in decimal, receipt in hex. */
    DECIMAL_TO_HEX {
        @Override
        public String submitResponseKey(String id) {
            return numericKey(id, 10);
        }

        @Override
        public String receiptKey(String id) {
            return numericKey(id, 16);
        }
    },
    /** One side pads with zeros ({@code 0000012345} vs {@code 12345}). */
    STRIP_LEADING_ZEROS {
        @Override
        public String submitResponseKey(String id) {
            return stripLeadingZeros(id);
        }

        @Override
        public String receiptKey(String id) {
            return stripLeadingZeros(id);
        }
    },
    /** One side changes letter case ({@code a1b2c3} vs {@code A1B2C3}). */
    CASE_INSENSITIVE {
        @Override
        public String submitResponseKey(String id) {
            return id.toUpperCase(Locale.ROOT);
        }

        @Override
        public String receiptKey(String id) {
            return id.toUpperCase(Locale.ROOT);
        }
    };

    private static String numericKey(String id, int radix) {
        if (id.isEmpty() || !id.chars().allMatch(c -> c < 0x80 && Character.digit(c, radix) >= 0)) {
            return id;
        }
        return new BigInteger(id, radix).toString(10);
    }

    private static String stripLeadingZeros(String id) {
        int start = 0;
        while (start < id.length() - 1 && id.charAt(start) == '0') {
            start++;
        }
        return id.substring(start);
    }
}
