package org.smppconnector.smpp.pool;

import java.util.Objects;
import java.util.Set;

/**
 * What an account's SMSC demands of the addresses of a message: how international numbers are
 * written, and which types of number (TON) it takes as destination and as source. A message
 * breaking them is refused before it is sent, rather than by the SMSC.
 *
 * @param internationalNumbers how TON 1 numbers are written
 * @param destinationTons      the dest_addr_ton values the SMSC takes; empty means any
 * @param sourceTons           the source_addr_ton values the SMSC takes; empty means any
 */
public record AddressRules(InternationalNumberFormat internationalNumbers, Set<Integer> destinationTons,
                           Set<Integer> sourceTons) {

    /** The type of number of an international number. */
    public static final int TON_INTERNATIONAL = 1;

    /** SMPP 3.4's own: international numbers as digits, any type of number. */
    public static final AddressRules ANY = new AddressRules(InternationalNumberFormat.DIGITS, Set.of(), Set.of());

    public AddressRules {
        Objects.requireNonNull(internationalNumbers, "addressRules.internationalNumbers");
        destinationTons = checkTons("addressRules.destinationTons", destinationTons);
        sourceTons = checkTons("addressRules.sourceTons", sourceTons);
    }

    public AddressRules withInternationalNumbers(InternationalNumberFormat format) {
        return new AddressRules(format, destinationTons, sourceTons);
    }

    public AddressRules withDestinationTons(Integer... tons) {
        return new AddressRules(internationalNumbers, Set.of(tons), sourceTons);
    }

    public AddressRules withSourceTons(Integer... tons) {
        return new AddressRules(internationalNumbers, destinationTons, Set.of(tons));
    }

    /** An address value as the SMSC wants it written, given its type of number. */
    public String write(int ton, String value) {
        return ton == TON_INTERNATIONAL ? internationalNumbers.write(value) : value;
    }

    public boolean acceptsDestinationTon(int ton) {
        return destinationTons.isEmpty() || destinationTons.contains(ton);
    }

    public boolean acceptsSourceTon(int ton) {
        return sourceTons.isEmpty() || sourceTons.contains(ton);
    }

    private static Set<Integer> checkTons(String field, Set<Integer> tons) {
        Set<Integer> copy = Set.copyOf(Objects.requireNonNull(tons, field));
        for (int ton : copy) {
            if (ton < 0 || ton > 6) {
                throw new InvalidSettingException(field, "a type of number is 0..6: " + ton);
            }
        }
        return copy;
    }
}
