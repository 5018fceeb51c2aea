package org.smppconnector.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The table of {@link SmsMessage.Builder#destination(String)}, and what sources may be. */
class AddressDerivationTest {

    @ParameterizedTest(name = "destination \"{0}\" -> TON {1}, NPI {2}, {3}")
    @CsvSource(delimiter = '|', value = {
        "+12125551234         | INTERNATIONAL    | ISDN    | 12125551234",
        "+1 (212) 555-1234    | INTERNATIONAL    | ISDN    | 12125551234",
        "+44.7700.900.123     | INTERNATIONAL    | ISDN    | 447700900123",
        "'  +4520123456  '    | INTERNATIONAL    | ISDN    | 4520123456",
        "+6831234             | INTERNATIONAL    | ISDN    | 6831234",
        "+123456789012345     | INTERNATIONAL    | ISDN    | 123456789012345",
        "123                  | NETWORK_SPECIFIC | UNKNOWN | 123",
        "12345                | NETWORK_SPECIFIC | UNKNOWN | 12345",
        "123456               | NETWORK_SPECIFIC | UNKNOWN | 123456",
        "1234567              | UNKNOWN          | ISDN    | 1234567",
        "20123456             | UNKNOWN          | ISDN    | 20123456",
        "06 12 34 56 78       | UNKNOWN          | ISDN    | 0612345678",
        "12125551234          | UNKNOWN          | ISDN    | 12125551234",
        "12345678901234567890 | UNKNOWN          | ISDN    | 12345678901234567890",
    })
    void derivesTheTypeOfNumberAndPlanOfADestination(String written, Ton ton, Npi npi, String value)
            throws InvalidMessageException {
        assertEquals(new Address(ton, npi, value), message().destination(written).build().destination());
    }

    @ParameterizedTest(name = "source \"{0}\" -> TON {1}, NPI {2}, {3}")
    @CsvSource(delimiter = '|', value = {
        "+12125551234 | INTERNATIONAL    | ISDN    | 12125551234",
        "55555        | NETWORK_SPECIFIC | UNKNOWN | 55555",
        "447700900123 | UNKNOWN          | ISDN    | 447700900123",
        "MyShop       | ALPHANUMERIC     | UNKNOWN | MyShop",
        "My Shop      | ALPHANUMERIC     | UNKNOWN | My Shop",
        "Info-24      | ALPHANUMERIC     | UNKNOWN | Info-24",
        "ElevenChars | ALPHANUMERIC     | UNKNOWN | ElevenChars",
        "Ärztehaus    | ALPHANUMERIC     | UNKNOWN | Ärztehaus",
        "'@home_£5!'  | ALPHANUMERIC     | UNKNOWN | @home_£5!",
    })
    void derivesTheTypeOfNumberAndPlanOfASource(String written, Ton ton, Npi npi, String value)
            throws InvalidMessageException {
        SmsMessage message = message().source(written).build();
        assertEquals(new Address(ton, npi, value), message.source().orElseThrow());
    }

    @ParameterizedTest(name = "destination \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                    | is empty",
        "'   '                 | is empty",
        "Bob                   | is not a phone number: Bob",
        "12a45                 | is not a phone number",
        "+1212555123x          | is not an E.164 number",
        "++12125551234         | is not an E.164 number",
        "+123456               | is not an E.164 number",
        "+1234567890123456     | is not an E.164 number",
        "+0123456789           | is not an E.164 number",
        "12                    | is too short",
        "123456789012345678901 | has more than 20 digits",
    })
    void refusesWhatIsNotANumberAsDestination(String written, String problem) {
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> message().destination(written).build());
        assertEquals(InvalidMessageException.DESTINATION, e.field());
        assertTrue(e.getMessage().startsWith("destination " + problem), e.getMessage());
    }

    @ParameterizedTest(name = "source \"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "''            | is empty",
        "TwelveChars! | is a sender name of 12 characters",
        "Shop€         | is a sender name with '€'",
        "Shop{1}       | is a sender name with '{'",
        "Магазин       | is a sender name with 'М'",
        "+44abc        | is not an E.164 number",
        "1             | is too short",
    })
    void refusesInvalidSources(String written, String problem) {
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> message().source(written).build());
        assertEquals(InvalidMessageException.SOURCE, e.field());
        assertTrue(e.getMessage().startsWith("source " + problem), e.getMessage());
    }

    @Test
    void anExplicitAddressOverridesTheDerivation() throws InvalidMessageException {
        Address abbreviated = Address.of(Ton.ABBREVIATED, Npi.UNKNOWN, "12345");
        Address national = Address.of(Ton.NATIONAL, Npi.ISDN, "0612345678");
        SmsMessage message = message().source(abbreviated).destination(national).build();
        assertEquals(abbreviated, message.source().orElseThrow());
        assertEquals(national, message.destination());
    }

    @Test
    void explicitAddressesAreCheckedToo() {
        assertAll(
            () -> assertField(InvalidMessageException.DESTINATION, "destination must be a phone number, not a name",
                    () -> message().destination(Address.alphanumeric("Bob")).build()),
            () -> assertField(InvalidMessageException.DESTINATION, "destination must be digits with TON NATIONAL",
                    () -> message().destination(Address.of(Ton.NATIONAL, Npi.ISDN, "06-12")).build()),
            () -> assertField(InvalidMessageException.DESTINATION, "destination is not an E.164 number",
                    () -> message().destination(Address.international("12")).build()),
            () -> assertField(InvalidMessageException.SOURCE, "source is a sender name of 12 characters",
                    () -> message().source(Address.alphanumeric("ABCDEFGHIJKL")).build()),
            () -> assertField(InvalidMessageException.SOURCE, "source is empty",
                    () -> message().source(Address.shortCode("")).build()));
    }

    @Test
    void theFactoriesUseTheDocumentedTypesAndPlans() {
        assertEquals(new Address(Ton.INTERNATIONAL, Npi.ISDN, "12125551234"), Address.international("+12125551234"));
        assertEquals(new Address(Ton.INTERNATIONAL, Npi.ISDN, "12125551234"), Address.international("12125551234"));
        assertEquals(new Address(Ton.NETWORK_SPECIFIC, Npi.UNKNOWN, "55555"), Address.shortCode("55555"));
        assertEquals(new Address(Ton.ALPHANUMERIC, Npi.UNKNOWN, "MyShop"), Address.alphanumeric("MyShop"));
    }

    @Test
    void internationalNumbersPrintWithAPlusOthersWithTheirTypeAndPlan() {
        assertEquals("+12125551234", Address.international("12125551234").toString());
        assertEquals("55555 (TON 3, NPI 0)", Address.shortCode("55555").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\u001B"})
    void senderNamesCannotHoldLineBreaksOrTheEscape(String control) {
        assertField(InvalidMessageException.SOURCE, "source is a sender name with",
                () -> message().source(Address.alphanumeric("A" + control + "B")).build());
    }

    @Test
    void theSenderNameAlphabetIsTheGsmDefaultTableWithoutItsThreeControls() {
        Set<Character> distinct = new HashSet<>();
        for (char c : AddressRules.GSM_PRINTABLE.toCharArray()) {
            distinct.add(c);
        }
        assertEquals(125, AddressRules.GSM_PRINTABLE.length());
        assertEquals(125, distinct.size());
    }

    static SmsMessage.Builder message() {
        return SmsMessage.builder().destination("+12125551234").text("hi");
    }

    static void assertField(String field, String messageStart, Executable call) {
        InvalidMessageException e = assertThrows(InvalidMessageException.class, call);
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }
}
