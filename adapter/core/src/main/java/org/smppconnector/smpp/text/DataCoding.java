package org.smppconnector.smpp.text;

import java.util.Optional;

/**
 * The SMPP data_coding octet and what it means: an alphabet and, for some values, a message class.
 *
 * <p>0x00..0x0F follow SMPP 3.4 (5.2.19); 0x10..0x1F, 0x40..0x7F and 0xC0..0xFF follow the coding
 * groups of 3GPP TS 23.038 (section 4). The values this class produces are the ones providers
 * document: 0 GSM-7, 1 IA5, 3 Latin-1, 4 binary, 6 Cyrillic, 7 Hebrew, 8 UCS-2, 14 KSC5601,
 * and with a message class 0xF0..0xF3 GSM-7, 0xF4..0xF7 binary, 0x18..0x1B UCS-2 (so a GSM-7
 * flash message is 240 and a UCS-2 flash message 24, as GatewayAPI lists them).
 *
 * @param value the data_coding octet, 0..255
 */
public record DataCoding(int value) {

    /** 0x00: the SMSC default alphabet, GSM-7 unless the account says otherwise. */
    public static final DataCoding SMSC_DEFAULT = new DataCoding(0x00);
    public static final DataCoding IA5 = new DataCoding(0x01);
    public static final DataCoding LATIN1 = new DataCoding(0x03);
    public static final DataCoding BINARY = new DataCoding(0x04);
    public static final DataCoding CYRILLIC = new DataCoding(0x06);
    public static final DataCoding HEBREW = new DataCoding(0x07);
    public static final DataCoding UCS2 = new DataCoding(0x08);
    public static final DataCoding KSC5601 = new DataCoding(0x0E);

    public DataCoding {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("data_coding must be 0..255, was " + value);
        }
    }

    /**
     * The data_coding for an octet read from a PDU, as 0..255 or as a signed Java byte (-128..127).
     *
     * @throws IllegalArgumentException for anything outside -128..255
     */
    public static DataCoding of(int value) {
        if (value < Byte.MIN_VALUE || value > 0xFF) {
            throw new IllegalArgumentException("data_coding must be an octet, was " + value);
        }
        return new DataCoding(value & 0xFF);
    }

    /** The plain data_coding announcing {@code alphabet}, with no message class. */
    public static DataCoding of(Alphabet alphabet) {
        return switch (alphabet) {
            case GSM7 -> SMSC_DEFAULT;
            case IA5 -> IA5;
            case LATIN1 -> LATIN1;
            case CYRILLIC -> CYRILLIC;
            case HEBREW -> HEBREW;
            case UCS2 -> UCS2;
            case KSC5601 -> KSC5601;
            case BINARY -> BINARY;
        };
    }

    /**
     * The data_coding announcing {@code alphabet} with {@code messageClass}, or the plain one when
     * the class is null. Only GSM-7, UCS-2 and binary can carry a class.
     *
     * @throws IllegalArgumentException when the alphabet has no data_coding with a class
     */
    public static DataCoding of(Alphabet alphabet, MessageClass messageClass) {
        if (messageClass == null) {
            return of(alphabet);
        }
        return switch (alphabet) {
            case GSM7 -> new DataCoding(0xF0 | messageClass.bits());
            case BINARY -> new DataCoding(0xF4 | messageClass.bits());
            case UCS2 -> new DataCoding(0x18 | messageClass.bits());
            default -> throw new IllegalArgumentException(alphabet + " has no data_coding with a message class;"
                    + " only GSM7, UCS2 and BINARY can be sent with class " + messageClass);
        };
    }

    /** Whether {@code alphabet} can be sent with a message class (flash). */
    public static boolean canCarryMessageClass(Alphabet alphabet) {
        return alphabet == Alphabet.GSM7 || alphabet == Alphabet.UCS2 || alphabet == Alphabet.BINARY;
    }

    /** The alphabet, reading 0x00 as GSM-7. */
    public Alphabet alphabet() {
        return alphabet(Alphabet.GSM7);
    }

    /**
     * The alphabet, reading 0x00 as {@code smscDefault} (GSM-7 on most SMSCs, IA5 on some).
     *
     * @throws UnsupportedDataCodingException for reserved values and alphabets not implemented
     *     (JIS, pictogram, music codes, compressed text)
     */
    public Alphabet alphabet(Alphabet smscDefault) {
        int v = value;
        if (v <= 0x0F) {
            return switch (v) {
                case 0x00 -> smscDefault;
                case 0x01 -> Alphabet.IA5;
                case 0x02, 0x04 -> Alphabet.BINARY;
                case 0x03 -> Alphabet.LATIN1;
                case 0x06 -> Alphabet.CYRILLIC;
                case 0x07 -> Alphabet.HEBREW;
                case 0x08 -> Alphabet.UCS2;
                case 0x0E -> Alphabet.KSC5601;
                case 0x05, 0x0A, 0x0D -> throw new UnsupportedDataCodingException(v, "Japanese JIS encodings are not implemented");
                case 0x09 -> throw new UnsupportedDataCodingException(v, "pictogram encoding is not implemented");
                default -> throw new UnsupportedDataCodingException(v, "reserved");
            };
        }
        if (v <= 0x7F) { // general data coding (00xx) and automatic deletion (01xx) groups
            if ((v & 0x20) != 0) {
                throw new UnsupportedDataCodingException(v, "compressed text is not implemented");
            }
            return generalGroupAlphabet(v);
        }
        if (v <= 0xBF) {
            throw new UnsupportedDataCodingException(v, "reserved coding group");
        }
        if (v <= 0xDF) {
            return Alphabet.GSM7; // message waiting indication, discard or store
        }
        if (v <= 0xEF) {
            return Alphabet.UCS2; // message waiting indication, store, UCS-2
        }
        if ((v & 0x08) != 0) {
            throw new UnsupportedDataCodingException(v, "bit 3 of the message class group is reserved");
        }
        return (v & 0x04) == 0 ? Alphabet.GSM7 : Alphabet.BINARY;
    }

    private Alphabet generalGroupAlphabet(int v) {
        return switch ((v >> 2) & 0x03) {
            case 0 -> Alphabet.GSM7;
            case 1 -> Alphabet.BINARY;
            case 2 -> Alphabet.UCS2;
            default -> throw new UnsupportedDataCodingException(v, "reserved alphabet bits 11");
        };
    }

    /** Whether {@link #alphabet(Alphabet)} knows this value. */
    public boolean isSupported() {
        try {
            alphabet(Alphabet.GSM7);
            return true;
        } catch (UnsupportedDataCodingException e) {
            return false;
        }
    }

    /** Whether this is 0x00, whose alphabet depends on the SMSC. */
    public boolean isSmscDefault() {
        return value == 0;
    }

    /** The message class the value carries, if it carries one. */
    public Optional<MessageClass> messageClass() {
        int v = value;
        boolean generalWithClass = v >= 0x10 && v <= 0x7F && (v & 0x10) != 0;
        boolean classGroup = v >= 0xF0;
        return generalWithClass || classGroup ? Optional.of(MessageClass.ofBits(v)) : Optional.empty();
    }

    /** Whether this marks a flash message (message class 0). */
    public boolean isFlash() {
        return messageClass().map(MessageClass::isFlash).orElse(false);
    }

    @Override
    public String toString() {
        String meaning;
        try {
            meaning = value == 0 ? "SMSC default" : alphabet().name();
        } catch (UnsupportedDataCodingException e) {
            meaning = "unsupported";
        }
        return String.format("DataCoding[0x%02X %s%s]", value, meaning,
                messageClass().map(c -> " " + c).orElse(""));
    }
}
