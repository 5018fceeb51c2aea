package org.smppconnector.api;

import java.util.regex.Pattern;

/**
 * How the builders read an address written as text, and what they accept as a source or a
 * destination. The table is documented on {@link SmsMessage.Builder#destination(String)}.
 */
final class AddressRules {

    /** The longest address an SMPP 3.4 address field holds (21 octets with the NUL). */
    static final int MAX_ADDRESS_LENGTH = 20;
    static final int MAX_SENDER_NAME_LENGTH = 11;
    static final int MIN_SHORT_CODE = 3;
    /**
     * Short codes are 3 to 6 digits almost everywhere; reading 7 or 8 digits as one would send
     * the 8-digit national numbers of Denmark, Norway or Singapore with TON 3, which GatewayAPI
     * (TON 0 and 1 only) refuses. Longer short codes are given as {@link Address#shortCode}.
     */
    static final int MAX_SHORT_CODE = 6;
    static final int MIN_E164_DIGITS = 7;
    static final int MAX_E164_DIGITS = 15;

    /**
     * The GSM 03.38 default alphabet (3GPP TS 23.038, 6.2.1) without its line feed, carriage
     * return and escape: what a sender name may be written in, one septet per character.
     */
    static final String GSM_PRINTABLE = "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** Digits with the separators people write numbers with, and an optional leading "+". */
    private static final Pattern NUMBER_AS_WRITTEN = Pattern.compile("\\+?[0-9 ().\\-]+");
    private static final Pattern SEPARATORS = Pattern.compile("[ ().\\-]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private AddressRules() {
    }

    /** Reads a destination written as text, and checks it. */
    static Address destination(String text) throws InvalidMessageException {
        Address address = derive(InvalidMessageException.DESTINATION, text);
        checkDestination(address);
        return address;
    }

    /**
     * The source a builder was given, as an address or as text (at most one is set), checked;
     * null when neither was.
     */
    static Address source(Address address, String text) throws InvalidMessageException {
        if (address != null) {
            checkSource(address);
            return address;
        }
        return text == null ? null : source(text);
    }

    /** Reads a source written as text, and checks it. */
    static Address source(String text) throws InvalidMessageException {
        Address address = derive(InvalidMessageException.SOURCE, text);
        checkSource(address);
        return address;
    }

    static void checkDestination(Address address) throws InvalidMessageException {
        if (address.ton() == Ton.ALPHANUMERIC) {
            throw new InvalidMessageException(InvalidMessageException.DESTINATION,
                    "must be a phone number, not a name: " + address.value());
        }
        checkNumber(InvalidMessageException.DESTINATION, address);
    }

    static void checkSource(Address address) throws InvalidMessageException {
        if (address.ton() == Ton.ALPHANUMERIC) {
            checkSenderName(address.value());
        } else {
            checkNumber(InvalidMessageException.SOURCE, address);
        }
    }

    private static Address derive(String field, String text) throws InvalidMessageException {
        String written = text.strip();
        if (written.isEmpty()) {
            throw new InvalidMessageException(field, "is empty");
        }
        if (!NUMBER_AS_WRITTEN.matcher(written).matches()) {
            if (written.startsWith("+")) {
                throw new InvalidMessageException(field, "is not an E.164 number: " + written);
            }
            if (field.equals(InvalidMessageException.DESTINATION)) {
                throw new InvalidMessageException(field, "is not a phone number: " + written);
            }
            return Address.alphanumeric(written);
        }
        String number = SEPARATORS.matcher(written).replaceAll("");
        if (number.startsWith("+")) {
            return Address.international(number);
        }
        if (number.length() >= MIN_SHORT_CODE && number.length() <= MAX_SHORT_CODE) {
            return Address.shortCode(number);
        }
        if (number.length() < MIN_SHORT_CODE) {
            throw new InvalidMessageException(field, "is too short for a number or short code: " + written);
        }
        return Address.of(Ton.UNKNOWN, Npi.ISDN, number);
    }

    private static void checkNumber(String field, Address address) throws InvalidMessageException {
        String value = address.value();
        if (value.isEmpty()) {
            throw new InvalidMessageException(field, "is empty");
        }
        if (!DIGITS.matcher(value).matches()) {
            throw new InvalidMessageException(field, "must be digits with TON " + address.ton() + ": " + value);
        }
        if (address.ton() == Ton.INTERNATIONAL) {
            if (value.length() < MIN_E164_DIGITS || value.length() > MAX_E164_DIGITS || value.charAt(0) == '0') {
                throw new InvalidMessageException(field, "is not an E.164 number (a country code not starting"
                        + " with 0, " + MIN_E164_DIGITS + " to " + MAX_E164_DIGITS + " digits in all): +" + value);
            }
        } else if (value.length() > MAX_ADDRESS_LENGTH) {
            throw new InvalidMessageException(field, "has more than " + MAX_ADDRESS_LENGTH + " digits: " + value);
        }
    }

    private static void checkSenderName(String name) throws InvalidMessageException {
        String field = InvalidMessageException.SOURCE;
        if (name.isEmpty()) {
            throw new InvalidMessageException(field, "is empty");
        }
        if (name.length() > MAX_SENDER_NAME_LENGTH) {
            throw new InvalidMessageException(field, "is a sender name of " + name.length()
                    + " characters; at most " + MAX_SENDER_NAME_LENGTH + " fit: " + name);
        }
        for (int i = 0; i < name.length(); i++) {
            if (GSM_PRINTABLE.indexOf(name.charAt(i)) < 0) {
                throw new InvalidMessageException(field, "is a sender name with '" + name.charAt(i)
                        + "', which the GSM 7-bit alphabet has no single character for: " + name);
            }
        }
    }
}
