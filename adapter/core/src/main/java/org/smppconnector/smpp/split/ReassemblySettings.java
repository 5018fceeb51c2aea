package org.smppconnector.smpp.split;

import java.time.Duration;
import java.util.Objects;
import org.smppconnector.smpp.text.Alphabet;

/**
 * Bounds and reading rules for reassembly.
 *
 * @param maxAge how long the parts of an incomplete message are kept, from its first part
 * @param maxPending how many incomplete messages are kept at once
 * @param gsm7Packed whether the SMSC sends GSM-7 packed (septets after the UDH's fill bits)
 * @param smscDefault the alphabet data_coding 0 means on this account
 */
public record ReassemblySettings(Duration maxAge, int maxPending, boolean gsm7Packed, Alphabet smscDefault) {

    public ReassemblySettings {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(smscDefault, "smscDefault");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
        }
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be at least 1, was " + maxPending);
        }
    }

    /** 10 minutes, 10,000 incomplete messages, unpacked GSM-7 as data_coding 0. */
    public static ReassemblySettings defaults() {
        return new ReassemblySettings(Duration.ofMinutes(10), 10_000, false, Alphabet.GSM7);
    }

    public ReassemblySettings withMaxAge(Duration maxAge) {
        return new ReassemblySettings(maxAge, maxPending, gsm7Packed, smscDefault);
    }

    public ReassemblySettings withMaxPending(int maxPending) {
        return new ReassemblySettings(maxAge, maxPending, gsm7Packed, smscDefault);
    }

    public ReassemblySettings withGsm7Packed(boolean gsm7Packed) {
        return new ReassemblySettings(maxAge, maxPending, gsm7Packed, smscDefault);
    }

    public ReassemblySettings withSmscDefault(Alphabet smscDefault) {
        return new ReassemblySettings(maxAge, maxPending, gsm7Packed, smscDefault);
    }
}
