package org.smppconnector.smpp.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressRulesTest {

    private static final AddressRules E164 = AddressRules.ANY.withInternationalNumbers(InternationalNumberFormat.PLUS_AND_DIGITS);

    @Test
    void internationalNumbersAreDigitsUnlessTheSmscWantsThePlus() {
        assertEquals("12125551234", AddressRules.ANY.write(1, "12125551234"));
        assertEquals("+12125551234", E164.write(1, "12125551234"));
    }

    @Test
    void onlyInternationalNumbersGetThePlusAndNeverTwice() {
        assertEquals("12345", E164.write(3, "12345"), "a short code");
        assertEquals("0612345678", E164.write(0, "0612345678"), "a number of unknown type");
        assertEquals("Acme", E164.write(5, "Acme"), "a sender name");
        assertEquals("+12125551234", E164.write(1, "+12125551234"), "already written with its '+'");
        assertEquals("", E164.write(1, ""), "no address stays none");
        assertEquals("+12125551234", AddressRules.ANY.write(1, "+12125551234"), "digits only never strips what was given");
    }

    @Test
    void typesOfNumberAreAnyUnlessListed() {
        assertTrue(AddressRules.ANY.acceptsDestinationTon(3));
        assertTrue(AddressRules.ANY.acceptsSourceTon(5));
        AddressRules rules = AddressRules.ANY.withDestinationTons(1).withSourceTons(0, 1);
        assertTrue(rules.acceptsDestinationTon(1));
        assertFalse(rules.acceptsDestinationTon(0));
        assertTrue(rules.acceptsSourceTon(0));
        assertFalse(rules.acceptsSourceTon(5));
    }

    @Test
    void aTypeOfNumberOutsideSmppsIsRefusedNamingTheField() {
        assertEquals("addressRules.destinationTons",
                assertThrows(InvalidSettingException.class, () -> AddressRules.ANY.withDestinationTons(7)).field());
        assertEquals("addressRules.sourceTons",
                assertThrows(InvalidSettingException.class, () -> AddressRules.ANY.withSourceTons(-1)).field());
    }
}
