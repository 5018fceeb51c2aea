package org.smppconnector.smpp.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataCodingChooserTest {

    private static final EncodingPolicy GSM_THEN_UCS2 = EncodingPolicy.defaults();

    @Test
    void plainTextGoesAsGsm7() {
        EncodedText chosen = DataCodingChooser.choose("Your code is 483920.", GSM_THEN_UCS2);
        assertEquals(Alphabet.GSM7, chosen.alphabet());
        assertEquals(DataCoding.SMSC_DEFAULT, chosen.dataCoding());
        assertEquals(ShiftTables.DEFAULT, chosen.shiftTables());
        assertEquals("Your code is 483920.", chosen.decode());
    }

    @Test
    void extensionCharactersStayInGsm7() {
        EncodedText chosen = DataCodingChooser.choose("Total: 10€ [paid]", GSM_THEN_UCS2);
        assertEquals(Alphabet.GSM7, chosen.alphabet());
        assertEquals(17 + 3, chosen.units());
    }

    @Test
    void emojiGoesAsUcs2() {
        EncodedText chosen = DataCodingChooser.choose("See you 😀", GSM_THEN_UCS2);
        assertEquals(Alphabet.UCS2, chosen.alphabet());
        assertEquals(DataCoding.UCS2, chosen.dataCoding());
        assertEquals("See you 😀", chosen.decode());
    }

    @Test
    void turkishGoesAsGsm7WithTheTurkishLockingShiftWhenAllowed() {
        String text = "İstanbul'da ışıklı ağaçlar";
        assertEquals(Alphabet.UCS2, DataCodingChooser.choose(text, GSM_THEN_UCS2).alphabet());

        EncodedText chosen = DataCodingChooser.choose(text, GSM_THEN_UCS2.withNationalLanguages(NationalLanguage.TURKISH));
        assertEquals(Alphabet.GSM7, chosen.alphabet());
        assertEquals(DataCoding.SMSC_DEFAULT, chosen.dataCoding());
        assertEquals(ShiftTables.of(NationalLanguage.TURKISH, NationalLanguage.DEFAULT), chosen.shiftTables());
        assertArrayEquals(new byte[] {0x25, 0x01, 0x01}, chosen.shiftTables().headerElements());
        assertEquals(text.length(), chosen.units());
        assertEquals(text, chosen.decode());
    }

    @Test
    void spanishGoesAsGsm7WithTheSpanishSingleShift() {
        String text = "¿Dónde está la canción?";
        EncodedText chosen = DataCodingChooser.choose(text, GSM_THEN_UCS2.withNationalLanguages(NationalLanguage.SPANISH));
        assertEquals(ShiftTables.of(NationalLanguage.DEFAULT, NationalLanguage.SPANISH), chosen.shiftTables());
        assertArrayEquals(new byte[] {0x24, 0x01, 0x02}, chosen.shiftTables().headerElements());
        assertEquals(text.length() + 3, chosen.units()); // ó, á, ó are escaped
        assertEquals(text, chosen.decode());
    }

    @Test
    void portugueseGoesAsGsm7WithThePortugueseLockingShift() {
        String text = "Não há ações à venda";
        EncodedText chosen = DataCodingChooser.choose(text,
                GSM_THEN_UCS2.withNationalLanguages(NationalLanguage.TURKISH, NationalLanguage.SPANISH, NationalLanguage.PORTUGUESE));
        assertEquals(ShiftTables.of(NationalLanguage.PORTUGUESE, NationalLanguage.DEFAULT), chosen.shiftTables());
        assertArrayEquals(new byte[] {0x25, 0x01, 0x03}, chosen.shiftTables().headerElements());
        assertEquals(text, chosen.decode());
    }

    @Test
    void bothShiftsWhenTheTextNeedsBoth() {
        // ğ, ç, ı need the Turkish locking shift; á, í only the Spanish single shift has.
        String text = "Ağaç ılık, está aquí";
        EncodedText chosen = DataCodingChooser.choose(text,
                GSM_THEN_UCS2.withNationalLanguages(NationalLanguage.TURKISH, NationalLanguage.SPANISH));
        assertEquals(ShiftTables.of(NationalLanguage.TURKISH, NationalLanguage.SPANISH), chosen.shiftTables());
        assertArrayEquals(new byte[] {0x24, 0x01, 0x02, 0x25, 0x01, 0x01}, chosen.shiftTables().headerElements());
        assertEquals(text, chosen.decode());
    }

    @Test
    void nationalTablesAreNotUsedWhenTheDefaultsCarryTheText() {
        EncodedText chosen = DataCodingChooser.choose("Hello Ünal", GSM_THEN_UCS2.withNationalLanguages(NationalLanguage.TURKISH));
        assertEquals(ShiftTables.DEFAULT, chosen.shiftTables());
    }

    @Test
    void aLockingShiftWinsWhenItSavesMoreEscapesThanItsHeaderCosts() {
        // '€' is an escape pair in the default tables but one septet in the Turkish locking table;
        // ten of them save ten septets, more than the 3 UDH octets (4 septets) the IE costs.
        String euros = "€€€€€€€€€€";
        EncodedText chosen = DataCodingChooser.choose(euros, GSM_THEN_UCS2.withNationalLanguages(NationalLanguage.TURKISH));
        assertEquals(NationalLanguage.TURKISH, chosen.shiftTables().lockingShift());
        assertEquals(10, chosen.units());
        // One '€' saves one septet, less than the header costs.
        assertEquals(ShiftTables.DEFAULT,
                DataCodingChooser.choose("€", GSM_THEN_UCS2.withNationalLanguages(NationalLanguage.TURKISH)).shiftTables());
    }

    @Test
    void cheapestAllowedWins() {
        EncodingPolicy account = EncodingPolicy.allowing(Alphabet.GSM7, Alphabet.LATIN1, Alphabet.UCS2);
        assertEquals(Alphabet.LATIN1, DataCodingChooser.choose("garçon", account).alphabet()); // no 'ç' in GSM-7
        assertEquals(Alphabet.GSM7, DataCodingChooser.choose("Ça va? Oui", account).alphabet()); // 'Ç' is
        EncodingPolicy korean = EncodingPolicy.allowing(Alphabet.IA5, Alphabet.LATIN1, Alphabet.UCS2, Alphabet.KSC5601);
        assertEquals(Alphabet.KSC5601, DataCodingChooser.choose("인증번호 483920", korean).alphabet());
        assertEquals(Alphabet.IA5, DataCodingChooser.choose("code 483920", korean).alphabet());
        assertEquals(Alphabet.CYRILLIC,
                DataCodingChooser.choose("Код 4839", EncodingPolicy.allowing(Alphabet.UCS2, Alphabet.CYRILLIC)).alphabet());
    }

    @Test
    void tiesGoToTheAccountsOrder() {
        assertEquals(Alphabet.LATIN1, DataCodingChooser.choose("abc", EncodingPolicy.allowing(Alphabet.LATIN1, Alphabet.IA5)).alphabet());
        assertEquals(Alphabet.IA5, DataCodingChooser.choose("abc", EncodingPolicy.allowing(Alphabet.IA5, Alphabet.LATIN1)).alphabet());
        assertEquals(DataCoding.IA5, DataCodingChooser.choose("abc", EncodingPolicy.allowing(Alphabet.IA5, Alphabet.LATIN1)).dataCoding());
    }

    @Test
    void fewerPartsBeatFewerBits() {
        // A segmentation that would need two GSM-7 parts but one UCS-2 part: parts decide.
        EncodedText chosen = DataCodingChooser.choose("abc", GSM_THEN_UCS2,
                candidate -> candidate.alphabet() == Alphabet.GSM7 ? 2 : 1);
        assertEquals(Alphabet.UCS2, chosen.alphabet());
    }

    @Test
    void aForcedAlphabetIsUsedEvenWhenDearer() {
        EncodedText chosen = DataCodingChooser.choose("abc", EncodingPolicy.forcing(Alphabet.UCS2));
        assertEquals(Alphabet.UCS2, chosen.alphabet());
        assertEquals(6, chosen.length());
    }

    @Test
    void aForcedAlphabetThatCannotCarryTheTextIsRefusedNamingTheCharacter() {
        UnencodableTextException e = assertThrows(UnencodableTextException.class,
                () -> DataCodingChooser.choose("Hello 😀 world", EncodingPolicy.forcing(Alphabet.GSM7)));
        assertEquals(0x1F600, e.codePoint());
        assertEquals(6, e.index());
        assertEquals("Text cannot be encoded in GSM7: U+1F600 '😀' at index 6", e.getMessage());
        assertEquals(List.of(new UnencodableTextException.Rejection(Alphabet.GSM7, 0x1F600, 6)), e.rejections());
    }

    @Test
    void aTextNoAllowedAlphabetCarriesIsRefusedNamingWhereEachStopped() {
        EncodingPolicy account = EncodingPolicy.allowing(Alphabet.GSM7, Alphabet.CYRILLIC);
        UnencodableTextException e = assertThrows(UnencodableTextException.class,
                () -> DataCodingChooser.choose("Привет Ğ", account));
        assertEquals(List.of(
                new UnencodableTextException.Rejection(Alphabet.GSM7, 'П', 0),
                new UnencodableTextException.Rejection(Alphabet.CYRILLIC, 'Ğ', 7)), e.rejections());
        assertEquals('Ğ', e.codePoint()); // the headline is the alphabet that got furthest
        assertEquals(7, e.index());
        assertTrue(e.getMessage().contains("GSM7 cannot carry U+041F 'П' at index 0"), e.getMessage());
        assertTrue(e.getMessage().contains("CYRILLIC cannot carry U+011E 'Ğ' at index 7"), e.getMessage());
    }

    @Test
    void flashUsesTheClassCodingsAndSkipsAlphabetsThatHaveNone() {
        EncodingPolicy flash = GSM_THEN_UCS2.withMessageClass(MessageClass.CLASS_0);
        assertEquals(240, DataCodingChooser.choose("Alert", flash).dataCoding().value());
        assertEquals(24, DataCodingChooser.choose("Alert 🔥", flash).dataCoding().value());
        EncodingPolicy latinFirst = EncodingPolicy.allowing(Alphabet.LATIN1, Alphabet.UCS2).withMessageClass(MessageClass.CLASS_0);
        assertEquals(24, DataCodingChooser.choose("garçon", latinFirst).dataCoding().value());
        assertThrows(IllegalArgumentException.class,
                () -> EncodingPolicy.forcing(Alphabet.LATIN1).withMessageClass(MessageClass.CLASS_0));
        assertThrows(IllegalArgumentException.class,
                () -> EncodingPolicy.allowing(Alphabet.LATIN1, Alphabet.IA5).withMessageClass(MessageClass.CLASS_0));
    }

    @Test
    void whereDataCoding0IsAsciiAsciiTextGoesAsIa5UnderIt() {
        String text = "Price: $5 @ shop_1 {ok}";
        EncodingPolicy asciiDefault = EncodingPolicy.allowing(Alphabet.GSM7, Alphabet.IA5, Alphabet.LATIN1, Alphabet.UCS2)
                .withSmscDefault(Alphabet.IA5);
        EncodedText chosen = DataCodingChooser.choose(text, asciiDefault);
        assertEquals(Alphabet.IA5, chosen.alphabet(), "GSM-7 would be announced as 0, which this SMSC reads as ASCII");
        assertEquals(DataCoding.SMSC_DEFAULT, chosen.dataCoding());
        assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII), chosen.octets());
        assertEquals(text.length(), chosen.units(), "'{' and '}' are one octet each, not GSM-7's escapes");

        EncodedText latin = DataCodingChooser.choose("garçon", asciiDefault);
        assertEquals(DataCoding.LATIN1, latin.dataCoding(), "other alphabets keep their own data_coding");
        assertEquals(Alphabet.IA5, asciiDefault.smscDefault());
    }

    @Test
    void gsm7IsNotChosenWhereDataCoding0MeansAnotherAlphabetExceptWithAClass() {
        assertThrows(IllegalArgumentException.class,
                () -> EncodingPolicy.forcing(Alphabet.GSM7).withSmscDefault(Alphabet.IA5));
        assertThrows(IllegalArgumentException.class, () -> EncodingPolicy.defaults().withSmscDefault(Alphabet.BINARY));
        assertEquals(Alphabet.UCS2, DataCodingChooser.choose("Hello", EncodingPolicy.defaults()
                .withSmscDefault(Alphabet.IA5)).alphabet());
        EncodedText flash = DataCodingChooser.choose("Alert", EncodingPolicy.defaults().withSmscDefault(Alphabet.IA5)
                .withMessageClass(MessageClass.CLASS_0));
        assertEquals(240, flash.dataCoding().value(), "0xF0 names GSM-7 whatever 0 means");
    }

    @Test
    void binaryIsNeverChosenForTextAndCannotBeForced() {
        assertEquals(Alphabet.GSM7,
                DataCodingChooser.choose("abc", EncodingPolicy.allowing(Alphabet.BINARY, Alphabet.GSM7)).alphabet());
        assertThrows(IllegalArgumentException.class, () -> EncodingPolicy.forcing(Alphabet.BINARY));
        assertThrows(IllegalArgumentException.class, () -> EncodingPolicy.allowing(Alphabet.BINARY));
    }

    @Test
    void emptyTextIsCarriedByTheFirstAllowed() {
        EncodedText chosen = DataCodingChooser.choose("", GSM_THEN_UCS2);
        assertEquals(Alphabet.GSM7, chosen.alphabet());
        assertEquals(0, chosen.length());
    }
}
