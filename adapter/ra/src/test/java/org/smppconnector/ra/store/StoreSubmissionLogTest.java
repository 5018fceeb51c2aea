package org.smppconnector.ra.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.smppconnector.api.Address;
import org.smppconnector.api.Npi;
import org.smppconnector.api.Ton;

class StoreSubmissionLogTest {

    @Test
    void internationalNumbersAreStoredInE164WithTheirPlus() {
        assertEquals("+4512345678", StoreSubmissionLog.stored(Address.international("+4512345678")));
        assertEquals("+4512345678", StoreSubmissionLog.stored(Address.international("4512345678")));
        assertEquals("+4512345678", StoreSubmissionLog.stored(Address.of(Ton.INTERNATIONAL, Npi.UNKNOWN, "4512345678")));
    }

    @Test
    void otherAddressesAreStoredAsTheyAre() {
        assertEquals("Acme", StoreSubmissionLog.stored(Address.alphanumeric("Acme")));
        assertEquals("1234", StoreSubmissionLog.stored(Address.shortCode("1234")));
        assertEquals("12345678", StoreSubmissionLog.stored(Address.of(Ton.NATIONAL, Npi.ISDN, "12345678")));
    }
}
