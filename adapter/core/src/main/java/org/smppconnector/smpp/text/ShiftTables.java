package org.smppconnector.smpp.text;

import java.util.Objects;

/**
 * Which GSM-7 tables a text uses: the locking shift table (in place of the default alphabet) and
 * the single shift table (in place of the default extension table). Anything but the defaults must
 * be announced in the User Data Header, three octets per table.
 *
 * @param lockingShift the language whose locking shift table replaces the default alphabet
 * @param singleShift the language whose single shift table replaces the default extension table
 */
public record ShiftTables(NationalLanguage lockingShift, NationalLanguage singleShift) {

    /** UDH information element identifier of the National Language Single Shift. */
    public static final int SINGLE_SHIFT_IEI = 0x24;
    /** UDH information element identifier of the National Language Locking Shift. */
    public static final int LOCKING_SHIFT_IEI = 0x25;

    /** The default alphabet and extension table: nothing in the UDH. */
    public static final ShiftTables DEFAULT = new ShiftTables(NationalLanguage.DEFAULT, NationalLanguage.DEFAULT);

    public ShiftTables {
        Objects.requireNonNull(lockingShift, "lockingShift");
        Objects.requireNonNull(singleShift, "singleShift");
        if (!lockingShift.hasLockingShiftTable()) {
            throw new IllegalArgumentException(lockingShift + " has no locking shift table");
        }
        if (!singleShift.hasSingleShiftTable()) {
            throw new IllegalArgumentException(singleShift + " has no single shift table");
        }
    }

    public static ShiftTables of(NationalLanguage lockingShift, NationalLanguage singleShift) {
        return new ShiftTables(lockingShift, singleShift);
    }

    /**
     * The tables named by the identifiers of UDH elements 0x25 and 0x24 (0 where absent).
     *
     * @throws UnsupportedNationalLanguageException for an identifier this connector has no table for
     */
    public static ShiftTables ofIdentifiers(int lockingShiftId, int singleShiftId) {
        NationalLanguage locking = NationalLanguage.byId(lockingShiftId)
                .filter(NationalLanguage::hasLockingShiftTable)
                .orElseThrow(() -> new UnsupportedNationalLanguageException(lockingShiftId, "locking shift"));
        NationalLanguage single = NationalLanguage.byId(singleShiftId)
                .filter(NationalLanguage::hasSingleShiftTable)
                .orElseThrow(() -> new UnsupportedNationalLanguageException(singleShiftId, "single shift"));
        return new ShiftTables(locking, single);
    }

    public boolean isDefault() {
        return lockingShift == NationalLanguage.DEFAULT && singleShift == NationalLanguage.DEFAULT;
    }

    /** Octets the information elements take in the UDH (not counting the UDH length octet). */
    public int headerOctets() {
        return (singleShift != NationalLanguage.DEFAULT ? 3 : 0) + (lockingShift != NationalLanguage.DEFAULT ? 3 : 0);
    }

    /**
     * The information elements that announce these tables, ready to go into a UDH: {@code 24 01 id}
     * for a single shift and {@code 25 01 id} for a locking shift; empty for the defaults.
     */
    public byte[] headerElements() {
        byte[] elements = new byte[headerOctets()];
        int at = 0;
        if (singleShift != NationalLanguage.DEFAULT) {
            elements[at++] = SINGLE_SHIFT_IEI;
            elements[at++] = 1;
            elements[at++] = (byte) singleShift.id();
        }
        if (lockingShift != NationalLanguage.DEFAULT) {
            elements[at++] = LOCKING_SHIFT_IEI;
            elements[at++] = 1;
            elements[at] = (byte) lockingShift.id();
        }
        return elements;
    }

    @Override
    public String toString() {
        return isDefault() ? "ShiftTables[default]"
                : "ShiftTables[locking=" + lockingShift + ", single=" + singleShift + "]";
    }
}
