package org.smppconnector.api;

import java.util.Objects;

/**
 * An SMPP address: type of number, numbering plan and the address itself, as the PDU carries
 * them. Most applications never build one: {@link SmsMessage.Builder#destination(String)} and
 * {@link SmsMessage.Builder#source(String)} work out the type and plan from the text. Build one
 * to override that, e.g. {@code Address.of(Ton.ABBREVIATED, Npi.UNKNOWN, "12345")} for a network
 * that wants short codes as abbreviated numbers.
 *
 * <p>Whether an address is valid where it is used (a destination must be a number, a sender
 * name has at most 11 characters) is judged when the message is built, with the field named.
 *
 * @param ton   the type of number
 * @param npi   the numbering plan
 * @param value the address as the PDU carries it: digits without a "+", or a name
 */
public record Address(Ton ton, Npi npi, String value) {

    public Address {
        Objects.requireNonNull(ton, "ton");
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(value, "value");
    }

    public static Address of(Ton ton, Npi npi, String value) {
        return new Address(ton, npi, value);
    }

    /** An E.164 number, with or without its "+": TON 1 (international), NPI 1 (ISDN). */
    public static Address international(String number) {
        return new Address(Ton.INTERNATIONAL, Npi.ISDN, number.startsWith("+") ? number.substring(1) : number);
    }

    /**
     * A short code: TON 3 (network specific), NPI 0 (unknown), the most common choice. Networks
     * that want another pair get it with {@link #of}.
     */
    public static Address shortCode(String digits) {
        return new Address(Ton.NETWORK_SPECIFIC, Npi.UNKNOWN, digits);
    }

    /** A sender name such as "MyShop": TON 5 (alphanumeric), NPI 0 (unknown). */
    public static Address alphanumeric(String name) {
        return new Address(Ton.ALPHANUMERIC, Npi.UNKNOWN, name);
    }

    /** "+12125551234" for international numbers, else the value with its type and plan. */
    @Override
    public String toString() {
        if (ton == Ton.INTERNATIONAL && npi == Npi.ISDN) {
            return "+" + value;
        }
        return value + " (TON " + ton.code() + ", NPI " + npi.code() + ")";
    }
}
