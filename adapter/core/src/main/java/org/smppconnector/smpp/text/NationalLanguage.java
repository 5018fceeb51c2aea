package org.smppconnector.smpp.text;

import java.util.Optional;

/**
 * The national language identifiers of 3GPP TS 23.038 (6.2.1.2.4) whose tables this connector
 * implements. A language may have a locking shift table (replacing the default alphabet), a single
 * shift table (replacing the extension table), or both; Spanish has only a single shift table.
 */
public enum NationalLanguage {
    /** No national table: the GSM 7-bit default alphabet and its default extension table. */
    DEFAULT(0, true, true),
    TURKISH(1, true, true),
    SPANISH(2, false, true),
    PORTUGUESE(3, true, true);

    private final int id;
    private final boolean lockingShiftTable;
    private final boolean singleShiftTable;

    NationalLanguage(int id, boolean lockingShiftTable, boolean singleShiftTable) {
        this.id = id;
        this.lockingShiftTable = lockingShiftTable;
        this.singleShiftTable = singleShiftTable;
    }

    /** The identifier carried in the UDH information elements 0x24 and 0x25. */
    public int id() {
        return id;
    }

    public boolean hasLockingShiftTable() {
        return lockingShiftTable;
    }

    public boolean hasSingleShiftTable() {
        return singleShiftTable;
    }

    /** The language with this identifier, if this connector has its tables. */
    public static Optional<NationalLanguage> byId(int id) {
        for (NationalLanguage language : values()) {
            if (language.id == id) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
