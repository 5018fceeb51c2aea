package org.smppconnector.smpp.text;

import java.util.Arrays;

/**
 * The character tables of 3GPP TS 23.038: the default alphabet (6.2.1), its extension table
 * (6.2.1.1), and the national locking shift (A.3) and single shift (A.2) tables of the languages in
 * {@link NationalLanguage}. Each table is 128 chars indexed by septet; {@link #NONE} marks septets
 * with no character (0x1B, the escape, in every locking table; most of every single shift table).
 */
final class Gsm7Tables {

    static final char NONE = '\uFFFF';
    static final int ESCAPE = 0x1B;

    private Gsm7Tables() {
    }

    /** Rows of 16 septets: 0x00-0x0F, 0x10-0x1F, ... The escape at 0x1B is written as NONE. */
    private static final char[] DEFAULT_ALPHABET = rows(
            "@£$¥èéùìòÇ\nØø\rÅå",
            "Δ_ΦΓΛΩΠΨΣΘΞ\uFFFFÆæßÉ",
            " !\"#¤%&'()*+,-./",
            "0123456789:;<=>?",
            "¡ABCDEFGHIJKLMNO",
            "PQRSTUVWXYZÄÖÑÜ§",
            "¿abcdefghijklmno",
            "pqrstuvwxyzäöñüà");

    private static final char[] TURKISH_LOCKING = rows(
            "@£$¥€éùıòÇ\nĞğ\rÅå",
            "Δ_ΦΓΛΩΠΨΣΘΞ\uFFFFŞşßÉ",
            " !\"#¤%&'()*+,-./",
            "0123456789:;<=>?",
            "İABCDEFGHIJKLMNO",
            "PQRSTUVWXYZÄÖÑÜ§",
            "çabcdefghijklmno",
            "pqrstuvwxyzäöñüà");

    private static final char[] PORTUGUESE_LOCKING = rows(
            "@£$¥êéúíóç\nÔô\rÁá",
            "Δ_ªÇÀ∞^\\€Ó|\uFFFFÂâÊÉ",
            " !\"#º%&'()*+,-./",
            "0123456789:;<=>?",
            "ÍABCDEFGHIJKLMNO",
            "PQRSTUVWXYZÃÕÚÜ§",
            "~abcdefghijklmno",
            "pqrstuvwxyzãõ`üà");

    /** The characters every single shift table of this class shares with the default one. */
    private static final char[] DEFAULT_EXTENSION = sparse(
            0x0A, '\f', 0x14, '^', 0x28, '{', 0x29, '}', 0x2F, '\\',
            0x3C, '[', 0x3D, '~', 0x3E, ']', 0x40, '|', 0x65, '€');

    private static final char[] TURKISH_SINGLE_SHIFT = plus(DEFAULT_EXTENSION,
            0x47, 'Ğ', 0x49, 'İ', 0x53, 'Ş', 0x63, 'ç', 0x67, 'ğ', 0x69, 'ı', 0x73, 'ş');

    private static final char[] SPANISH_SINGLE_SHIFT = plus(DEFAULT_EXTENSION,
            0x09, 'ç', 0x41, 'Á', 0x49, 'Í', 0x4F, 'Ó', 0x55, 'Ú', 0x61, 'á', 0x69, 'í', 0x6F, 'ó', 0x75, 'ú');

    private static final char[] PORTUGUESE_SINGLE_SHIFT = plus(DEFAULT_EXTENSION,
            0x05, 'ê', 0x09, 'ç', 0x0B, 'Ô', 0x0C, 'ô', 0x0E, 'Á', 0x0F, 'á',
            0x12, 'Φ', 0x13, 'Γ', 0x15, 'Ω', 0x16, 'Π', 0x17, 'Ψ', 0x18, 'Σ', 0x19, 'Θ', 0x1F, 'Ê',
            0x41, 'À', 0x49, 'Í', 0x4F, 'Ó', 0x55, 'Ú', 0x5B, 'Ã', 0x5C, 'Õ',
            0x61, 'Â', 0x69, 'í', 0x6F, 'ó', 0x75, 'ú', 0x7B, 'ã', 0x7C, 'õ', 0x7F, 'â');

    /** The 128-char locking shift table (the default alphabet for DEFAULT); callers must not modify it. */
    static char[] lockingShift(NationalLanguage language) {
        return switch (language) {
            case DEFAULT -> DEFAULT_ALPHABET;
            case TURKISH -> TURKISH_LOCKING;
            case PORTUGUESE -> PORTUGUESE_LOCKING;
            default -> throw new IllegalArgumentException(language + " has no locking shift table");
        };
    }

    /** The 128-char single shift table (the extension table for DEFAULT); callers must not modify it. */
    static char[] singleShift(NationalLanguage language) {
        return switch (language) {
            case DEFAULT -> DEFAULT_EXTENSION;
            case TURKISH -> TURKISH_SINGLE_SHIFT;
            case SPANISH -> SPANISH_SINGLE_SHIFT;
            case PORTUGUESE -> PORTUGUESE_SINGLE_SHIFT;
        };
    }

    private static char[] rows(String... rows) {
        StringBuilder all = new StringBuilder(128);
        for (String row : rows) {
            if (row.length() != 16) {
                throw new ExceptionInInitializerError("GSM-7 table row of " + row.length() + " chars: " + row);
            }
            all.append(row);
        }
        return all.toString().toCharArray();
    }

    private static char[] sparse(Object... septetCharPairs) {
        char[] table = new char[128];
        Arrays.fill(table, NONE);
        return plus(table, septetCharPairs);
    }

    private static char[] plus(char[] base, Object... septetCharPairs) {
        char[] table = base.clone();
        for (int i = 0; i < septetCharPairs.length; i += 2) {
            table[(Integer) septetCharPairs[i]] = (Character) septetCharPairs[i + 1];
        }
        return table;
    }
}
