package org.smppconnector.smpp.receipt;

import java.util.OptionalInt;

/**
 * How an SMSC writes the {@code err:} field of its receipt text: an account setting, since
 * the text alone cannot tell {@code 019} decimal from {@code 019} hexadecimal.
 */
public enum ErrCodeFormat {
    /** Base-10 digits: the usual reading of SMPP 3.4's three-digit err. */
    DECIMAL {
        @Override
        public OptionalInt decode(String err) {
            return parse(err, 10);
        }
    },
    /** Base-16 digits, with or without a 0x prefix. */
    HEX {
        @Override
        public OptionalInt decode(String err) {
            String digits = err.startsWith("0x") || err.startsWith("0X") ? err.substring(2) : err;
            return parse(digits, 16);
        }
    },
    /**
     * GatewayAPI: their error codes are 0x1000-0x1FFF; err is the low three hex digits
     * written in base 10 (0x107E is err:126). Decodes to the provider's full code.
     */
    GATEWAYAPI {
        @Override
        public OptionalInt decode(String err) {
            OptionalInt low = parse(err, 10);
            return low.isPresent() && low.getAsInt() <= 0xFFF
                    ? OptionalInt.of(0x1000 + low.getAsInt()) : OptionalInt.empty();
        }
    };

    /** The code the err text stands for, or empty when it is not written in this format. */
    public abstract OptionalInt decode(String err);

    private static OptionalInt parse(String digits, int radix) {
        if (digits.isEmpty() || digits.length() > 7
                || !digits.chars().allMatch(c -> c < 0x80 && Character.digit(c, radix) >= 0)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits, radix));
    }
}
