package org.smppconnector.ra.outbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.Encoding;
import org.smppconnector.api.InvalidMessageException;
import org.smppconnector.api.Priority;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.Tlv;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.text.Alphabet;

class SubmitMappingTest {

    /** The builders check an expiry against the clock, so the submission time is the real one. */
    private static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final String CYRILLIC = "Привет, это длинное сообщение. ";

    private static AccountSettings account(ProviderPreset preset) {
        return preset.builder().name("acme-" + preset.name().toLowerCase()).credentials("acme", "secret")
                .host("127.0.0.1").build();
    }

    private static SmsMessage.Builder message() {
        return SmsMessage.builder().source("Acme").destination("+4512345678").text("Hello");
    }

    /** Mobile Text Alerts takes E.164 destinations and no sender names. */
    private static SmsMessage.Builder toMta(String text) {
        return SmsMessage.builder().destination("+12125551234").text(text);
    }

    private static String fieldOf(AccountSettings account, SmsMessage message) {
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> new SubmitMapping(account).plan(message, NOW));
        return e.field();
    }

    @Test
    void addressesAndEnvelopeBecomeTheSubmitSm() throws Exception {
        SmsMessage message = message().requestReceipt().priority(Priority.LEVEL_2).serviceType("CMT")
                .userMessageReference(42).tlv(Tlv.ofByte(0x0005, 1)).validity(Duration.ofDays(21)).build();
        SubmitMapping.Plan plan = new SubmitMapping(account(ProviderPreset.GENERIC)).plan(message, NOW);
        assertEquals(1, plan.parts().size());
        SubmitSm sm = plan.parts().get(0);
        assertEquals(5, sm.getSourceAddrTon(), "alphanumeric sender");
        assertEquals(0, sm.getSourceAddrNpi());
        assertEquals("Acme", sm.getSourceAddr());
        assertEquals(1, sm.getDestAddrTon(), "E.164: international");
        assertEquals(1, sm.getDestAddrNpi(), "E.164: ISDN");
        assertEquals("4512345678", sm.getDestinationAddr());
        assertEquals(1, sm.getRegisteredDelivery());
        assertEquals(2, sm.getPriorityFlag());
        assertEquals("CMT", sm.getServiceType());
        assertEquals("000021000000000R", sm.getValidityPeriod());
        assertEquals(0, sm.getDataCoding(), "GSM 7-bit");
        assertArrayEquals("Hello".getBytes(StandardCharsets.US_ASCII), sm.getShortMessage());
        assertEquals(42, sm.getTlvs().getInt(Tag.USER_MESSAGE_REFERENCE, -1));
        assertEquals(1, sm.getTlvs().getInt(0x0005, -1));
        assertEquals(Alphabet.GSM7, plan.alphabet());
    }

    @Test
    void shortCodesAndAnAbsoluteValidityAreMapped() throws Exception {
        SmsMessage message = message().source("12345").validUntil(NOW.plus(Duration.ofHours(2))).build();
        SubmitSm sm = new SubmitMapping(account(ProviderPreset.GENERIC)).plan(message, NOW).parts().get(0);
        assertEquals(3, sm.getSourceAddrTon(), "short code: network specific");
        assertEquals(0, sm.getSourceAddrNpi());
        assertEquals(java.time.format.DateTimeFormatter.ofPattern("yyMMddHHmmss").withZone(java.time.ZoneOffset.UTC)
                .format(NOW.plus(Duration.ofHours(2))) + "000+", sm.getValidityPeriod());
    }

    @Test
    void aLongTextIsSplitIntoConcatenatedParts() throws Exception {
        String text = "0123456789".repeat(40);
        SubmitMapping.Plan plan = new SubmitMapping(account(ProviderPreset.GENERIC)).plan(message().text(text).build(), NOW);
        assertEquals(3, plan.parts().size(), "400 GSM characters at 153 per part");
        for (SubmitSm part : plan.parts()) {
            assertEquals(0x40, part.getEsmClass() & 0x40, "UDHI set on every part");
            assertEquals(0x05, part.getShortMessage()[0], "a 6-octet concatenation header");
        }
    }

    @Test
    void aValidityBeyondTheAccountsMaximumIsRefused() throws Exception {
        AccountSettings bulkSms = account(ProviderPreset.BULKSMS);
        new SubmitMapping(bulkSms).plan(message().validity(Duration.ofDays(21)).build(), NOW);
        assertEquals(InvalidMessageException.VALIDITY, fieldOf(bulkSms, message().validity(Duration.ofDays(22)).build()));
        assertEquals(InvalidMessageException.VALIDITY,
                fieldOf(bulkSms, message().validUntil(NOW.plus(Duration.ofDays(30))).build()));
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> new SubmitMapping(bulkSms).plan(message().validity(Duration.ofDays(22)).build(), NOW));
        assertTrue(e.getMessage().contains("22 days") && e.getMessage().contains("21 days"), e.getMessage());
    }

    @Test
    void aTextTheAccountsEncodingsCannotCarryIsRefused() throws Exception {
        AccountSettings gsmOnly = ProviderPreset.GENERIC.builder().name("gsm").credentials("gsm", "")
                .host("127.0.0.1").allowedDataCodings(0).build();
        assertEquals(InvalidMessageException.TEXT, fieldOf(gsmOnly, message().text("Привет").build()));
        // BulkSMS takes UCS-2 in one part only: a long Cyrillic text cannot be sent.
        AccountSettings bulkSms = account(ProviderPreset.BULKSMS);
        new SubmitMapping(bulkSms).plan(message().text("Привет").build(), NOW);
        assertEquals(InvalidMessageException.TEXT, fieldOf(bulkSms, message().text(CYRILLIC.repeat(4)).build()));
        // ...but a long text GSM-7 carries is split.
        assertEquals(2, new SubmitMapping(bulkSms).plan(message().text("x".repeat(200)).build(), NOW).parts().size());
        // A forced encoding that cannot carry the text.
        assertEquals(InvalidMessageException.TEXT,
                fieldOf(account(ProviderPreset.GENERIC), message().text("Привет").encoding(Encoding.GSM7).build()));
    }

    @Test
    void anEncodingOrContentTheAccountDoesNotAllowIsRefused() throws Exception {
        AccountSettings mitto = account(ProviderPreset.MITTO);
        assertEquals(InvalidMessageException.ENCODING, fieldOf(mitto, message().encoding(Encoding.LATIN1).build()));
        assertEquals(InvalidMessageException.BINARY, fieldOf(mitto, message().binary(new byte[] {1, 2, 3}).build()));
        SubmitSm binary = new SubmitMapping(account(ProviderPreset.GENERIC))
                .plan(message().binary(new byte[] {1, 2, 3}).build(), NOW).parts().get(0);
        assertEquals(4, binary.getDataCoding());
        assertArrayEquals(new byte[] {1, 2, 3}, binary.getShortMessage());
    }

    @Test
    void aForcedOrChosenEncodingSetsTheDataCoding() throws Exception {
        SubmitMapping generic = new SubmitMapping(account(ProviderPreset.GENERIC));
        assertEquals(8, generic.plan(message().text("Привет").build(), NOW).parts().get(0).getDataCoding());
        assertEquals(3, generic.plan(message().text("Grüße").encoding(Encoding.LATIN1).build(), NOW).parts().get(0)
                .getDataCoding());
        assertEquals(List.of(Alphabet.GSM7, Alphabet.IA5, Alphabet.LATIN1, Alphabet.UCS2), generic.allowedAlphabets());
    }

    @Test
    void whereDataCoding0IsAsciiTextGoesAsAsciiUnderIt() throws Exception {
        // Mobile Text Alerts: "If data_coding is set to 0x00, the server will treat the encoding as ASCII."
        SubmitMapping mta = new SubmitMapping(account(ProviderPreset.MOBILE_TEXT_ALERTS));
        String text = "Price: $5 @ shop_1 {ok}";
        SubmitMapping.Plan plan = mta.plan(toMta(text).source("+12125550000").build(), NOW);
        SubmitSm sm = plan.parts().get(0);
        assertEquals(0, sm.getDataCoding());
        assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), sm.getShortMessage(),
                "ASCII octets: GSM-7 would write '@' as 0x00, '$' as 0x02, '_' as 0x11, '{' as 0x1B 0x28");
        assertEquals(Alphabet.IA5, plan.alphabet());
        assertEquals(List.of(Alphabet.IA5, Alphabet.LATIN1, Alphabet.UCS2), mta.allowedAlphabets(), "no GSM-7");
        assertEquals(InvalidMessageException.ENCODING, fieldOf(account(ProviderPreset.MOBILE_TEXT_ALERTS),
                toMta("x").encoding(Encoding.GSM7).build()));
        // Greek capitals are GSM-7 but not ASCII: they go as UCS-2, not as GSM-7 under 0.
        SubmitSm greek = mta.plan(toMta("ΔΩ").build(), NOW).parts().get(0);
        assertEquals(8, greek.getDataCoding());
        assertEquals("ΔΩ", new String(greek.getShortMessage(), StandardCharsets.UTF_16BE));
    }

    @Test
    void mobileTextAlertsCountsAsciiAt160PerSegmentEachBraceOneCharacter() throws Exception {
        SubmitMapping mta = new SubmitMapping(account(ProviderPreset.MOBILE_TEXT_ALERTS));
        String braces = "{}".repeat(80); // 160 characters: 320 septets in GSM-7, 160 octets in ASCII
        List<SubmitSm> one = mta.plan(toMta(braces).build(), NOW).parts();
        assertEquals(1, one.size(), "160 ASCII characters per segment");
        assertEquals(160, one.get(0).getShortMessage().length);
        List<SubmitSm> two = mta.plan(toMta(braces + "!").build(), NOW).parts();
        assertEquals(2, two.size());
        assertEquals(6 + 153, two.get(0).getShortMessage().length, "a 6-octet header and 153 characters");
        for (SubmitSm part : two) {
            assertEquals(0, part.getDataCoding());
        }
    }

    @Test
    void internationalNumbersAreWrittenAsTheAccountsSmscWantsThem() throws Exception {
        // Mobile Text Alerts: E.164 with its '+', TON 1 / NPI 1 (its document, "Addressing")
        SubmitSm mta = new SubmitMapping(account(ProviderPreset.MOBILE_TEXT_ALERTS)).plan(SmsMessage.builder()
                .source("+1 212 555 0000").destination("+12125551234").text("Your code is 483920").build(), NOW)
                .parts().get(0);
        assertEquals("+12125551234", mta.getDestinationAddr());
        assertEquals(1, mta.getDestAddrTon());
        assertEquals(1, mta.getDestAddrNpi());
        assertEquals("+12125550000", mta.getSourceAddr());
        assertEquals(1, mta.getSourceAddrTon());
        SubmitSm defaultSender = new SubmitMapping(account(ProviderPreset.MOBILE_TEXT_ALERTS)).plan(SmsMessage.builder()
                .destination("+12125551234").text("x").build(), NOW).parts().get(0);
        assertEquals("", defaultSender.getSourceAddr(), "empty: the account's default sending number");
        assertEquals(0, defaultSender.getSourceAddrTon());
        // every part of a long message
        for (SubmitSm part : new SubmitMapping(account(ProviderPreset.MOBILE_TEXT_ALERTS)).plan(SmsMessage.builder()
                .destination("+12125551234").text("x".repeat(200)).build(), NOW).parts()) {
            assertEquals("+12125551234", part.getDestinationAddr());
        }
        // the others: digits only
        for (ProviderPreset preset : List.of(ProviderPreset.GENERIC, ProviderPreset.MITTO, ProviderPreset.GATEWAYAPI,
                ProviderPreset.SUREM, ProviderPreset.BULKSMS)) {
            SubmitSm sm = new SubmitMapping(account(preset)).plan(message().source("+4511111111").build(), NOW)
                    .parts().get(0);
            assertEquals("4512345678", sm.getDestinationAddr(), preset::toString);
            assertEquals("4511111111", sm.getSourceAddr(), preset::toString);
        }
    }

    @Test
    void addressesOfATypeTheSmscDoesNotTakeAreRefusedBeforeAnythingIsSent() throws Exception {
        AccountSettings mta = account(ProviderPreset.MOBILE_TEXT_ALERTS);
        assertEquals(InvalidMessageException.DESTINATION,
                fieldOf(mta, SmsMessage.builder().destination("12345").text("short code").build()));
        assertEquals(InvalidMessageException.DESTINATION,
                fieldOf(mta, SmsMessage.builder().destination("0612345678").text("unknown type").build()));
        assertEquals(InvalidMessageException.SOURCE, fieldOf(mta, message().destination("+12125551234").build()),
                "a sender name: Mobile Text Alerts sends from the account's numbers");
        // GatewayAPI takes TON 0 and 1 only
        AccountSettings gatewayApi = account(ProviderPreset.GATEWAYAPI);
        assertEquals(InvalidMessageException.DESTINATION, fieldOf(gatewayApi, message().destination("12345").build()));
        new SubmitMapping(gatewayApi).plan(message().destination("0612345678").build(), NOW);
        // the generic account takes any
        new SubmitMapping(account(ProviderPreset.GENERIC)).plan(message().destination("12345").build(), NOW);
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> new SubmitMapping(mta).plan(SmsMessage.builder().destination("12345").text("x").build(), NOW));
        assertTrue(e.getMessage().contains("Mobile Text Alerts") && e.getMessage().contains("[1]"), e.getMessage());
    }

    @Test
    void theBuilderRefusesWhatTheMessageAloneShowsBeforeAnythingIsSent() {
        InvalidMessageException notANumber = assertThrows(InvalidMessageException.class,
                () -> SmsMessage.builder().destination("call me").text("x").build());
        assertEquals(InvalidMessageException.DESTINATION, notANumber.field());
    }
}
