package org.smppconnector.smpp.text;

/** The message class of 3GPP TS 23.038, carried in the low two bits of some data_coding values. */
public enum MessageClass {
    /** Class 0: shown at once and not stored ("flash SMS"). */
    CLASS_0,
    /** Class 1: default meaning, stored in the mobile equipment. */
    CLASS_1,
    /** Class 2: SIM specific. */
    CLASS_2,
    /** Class 3: terminal equipment specific. */
    CLASS_3;

    /** The two class bits (0..3) as the data_coding carries them. */
    public int bits() {
        return ordinal();
    }

    static MessageClass ofBits(int bits) {
        return values()[bits & 0x03];
    }

    /** Whether this is the class that makes a flash message. */
    public boolean isFlash() {
        return this == CLASS_0;
    }
}
