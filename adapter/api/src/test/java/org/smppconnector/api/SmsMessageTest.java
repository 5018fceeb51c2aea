package org.smppconnector.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smppconnector.api.AddressDerivationTest.assertField;
import static org.smppconnector.api.AddressDerivationTest.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsMessageTest {

    private static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");

    @Test
    void aMinimalMessageHasTheDocumentedDefaults() throws InvalidMessageException {
        SmsMessage message = SmsMessage.builder().destination("+12125551234").text("hi").build();

        assertEquals(Address.international("12125551234"), message.destination());
        assertEquals(Optional.empty(), message.source());
        assertEquals(Optional.of("hi"), message.text());
        assertFalse(message.isBinary());
        assertEquals(Optional.empty(), message.binary());
        assertEquals(Optional.empty(), message.encoding());
        assertEquals(ReceiptRequest.NONE, message.receiptRequest());
        assertEquals(Optional.empty(), message.validity());
        assertEquals(Priority.LEVEL_0, message.priority());
        assertEquals(Optional.empty(), message.serviceType());
        assertEquals(OptionalInt.empty(), message.userMessageReference());
        assertEquals(List.of(), message.tlvs());
    }

    @Test
    void everyFieldIsKept() throws InvalidMessageException {
        Tlv flash = Tlv.ofByte(0x0005, 1);
        SmsMessage message = SmsMessage.builder()
                .source("MyShop")
                .destination("+12125551234")
                .text("Your code is 483920")
                .encoding(Encoding.UCS2)
                .requestReceipt()
                .validity(Duration.ofHours(1))
                .priority(Priority.LEVEL_2)
                .serviceType("CMT")
                .userMessageReference(4711)
                .tlv(flash)
                .build();

        assertEquals(Optional.of(Address.alphanumeric("MyShop")), message.source());
        assertEquals(Optional.of(Encoding.UCS2), message.encoding());
        assertEquals(ReceiptRequest.SUCCESS_OR_FAILURE, message.receiptRequest());
        assertEquals(Optional.of(Validity.of(Duration.ofHours(1))), message.validity());
        assertEquals(Priority.LEVEL_2, message.priority());
        assertEquals(Optional.of("CMT"), message.serviceType());
        assertEquals(OptionalInt.of(4711), message.userMessageReference());
        assertEquals(List.of(flash), message.tlvs());
    }

    @Test
    void aDestinationAndAContentAreRequired() {
        assertField(InvalidMessageException.DESTINATION, "destination is required",
                () -> SmsMessage.builder().text("hi").build());
        assertField(InvalidMessageException.TEXT, "text is required",
                () -> SmsMessage.builder().destination("+12125551234").build());
        assertField(InvalidMessageException.TEXT, "text is empty", () -> message().text("").build());
        assertField(InvalidMessageException.BINARY, "binary is empty", () -> message().binary(new byte[0]).build());
    }

    @Test
    void theFirstFieldAtFaultIsNamed() {
        SmsMessage.Builder everythingWrong = SmsMessage.builder()
                .destination("Bob").source("+1").text("").validity(Duration.ZERO)
                .serviceType("TOOLONG").userMessageReference(-1).tlv(Tlv.ofShort(0x0204, 1));
        assertField(InvalidMessageException.DESTINATION, "destination", everythingWrong::build);
        everythingWrong.destination("+12125551234");
        assertField(InvalidMessageException.SOURCE, "source", everythingWrong::build);
        everythingWrong.source((String) null);
        assertField(InvalidMessageException.TEXT, "text", everythingWrong::build);
        everythingWrong.text("hi");
        assertField(InvalidMessageException.VALIDITY, "validity", everythingWrong::build);
        everythingWrong.validity(null);
        assertField(InvalidMessageException.SERVICE_TYPE, "serviceType", everythingWrong::build);
        everythingWrong.serviceType(null);
        assertField(InvalidMessageException.USER_MESSAGE_REFERENCE, "userMessageReference", everythingWrong::build);
        everythingWrong.userMessageReference(null);
        assertField(InvalidMessageException.TLVS, "tlvs", everythingWrong::build);
    }

    @Test
    void textAndBinaryReplaceEachOther() throws InvalidMessageException {
        SmsMessage binary = message().text("hi").binary(new byte[] {1, 2}).build();
        assertTrue(binary.isBinary());
        assertEquals(Optional.empty(), binary.text());
        assertArrayEquals(new byte[] {1, 2}, binary.binary().orElseThrow());

        SmsMessage text = message().binary(new byte[] {1, 2}).text("hi").build();
        assertFalse(text.isBinary());
        assertEquals(Optional.of("hi"), text.text());
    }

    @Test
    void aBinaryMessageHasNoTextEncoding() {
        assertField(InvalidMessageException.ENCODING, "encoding is for texts",
                () -> message().binary(new byte[] {1}).encoding(Encoding.GSM7).build());
    }

    @Test
    void aTextWithHalfASurrogatePairIsRefused() throws InvalidMessageException {
        assertField(InvalidMessageException.TEXT, "text has half of a surrogate pair at index 2",
                () -> message().text("ab\uD83D").build());
        assertField(InvalidMessageException.TEXT, "text has half of a surrogate pair at index 0",
                () -> message().text("\uDE00b").build());
        assertEquals(Optional.of("ok \uD83D\uDE00"), message().text("ok \uD83D\uDE00").build().text());
    }

    @Test
    void aValidityIsAtLeastOneWholeSecondAndAtMost99Years() throws InvalidMessageException {
        assertEquals(Duration.ofSeconds(90),
                message().validity(Duration.ofMillis(90_999)).build().validity().orElseThrow().duration().orElseThrow());
        assertEquals(Duration.ofSeconds(1),
                message().validity(Duration.ofSeconds(1)).build().validity().orElseThrow().duration().orElseThrow());
        assertField(InvalidMessageException.VALIDITY, "validity must be at least one second",
                () -> message().validity(Duration.ofMillis(999)).build());
        assertField(InvalidMessageException.VALIDITY, "validity must be at least one second",
                () -> message().validity(Duration.ofHours(-1)).build());
        assertField(InvalidMessageException.VALIDITY, "validity is longer than SMPP can say",
                () -> message().validity(Duration.ofDays(100L * 365)).build());
    }

    @Test
    void anAbsoluteValidityMustLieAhead() throws InvalidMessageException {
        Validity validity = message().validUntil(FAR_FUTURE).build().validity().orElseThrow();
        assertEquals(Optional.of(FAR_FUTURE), validity.expiry());
        assertField(InvalidMessageException.VALIDITY, "validity ends in the past: 2000-01-01T00:00:00Z",
                () -> message().validUntil(Instant.parse("2000-01-01T00:00:00Z")).build());
    }

    @Test
    void theLastValiditySettingWins() throws InvalidMessageException {
        assertTrue(message().validUntil(FAR_FUTURE).validity(Duration.ofHours(1)).build()
                .validity().orElseThrow().isRelative());
        assertFalse(message().validity(Duration.ofHours(1)).validUntil(FAR_FUTURE).build()
                .validity().orElseThrow().isRelative());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TOOLON", "CMT\u0000", "é"})
    void aServiceTypeIsAtMostFivePrintableAsciiCharacters(String serviceType) {
        assertField(InvalidMessageException.SERVICE_TYPE, "serviceType must be at most 5 printable ASCII characters",
                () -> message().serviceType(serviceType).build());
    }

    @Test
    void anEmptyServiceTypeMeansTheDefault() throws InvalidMessageException {
        assertEquals(Optional.empty(), message().serviceType("").build().serviceType());
        assertEquals(Optional.of("1"), message().serviceType("1").build().serviceType());
    }

    @Test
    void aUserMessageReferenceIsTwoOctets() throws InvalidMessageException {
        assertEquals(OptionalInt.of(0), message().userMessageReference(0).build().userMessageReference());
        assertEquals(OptionalInt.of(65535), message().userMessageReference(65535).build().userMessageReference());
        assertField(InvalidMessageException.USER_MESSAGE_REFERENCE, "userMessageReference must be 0..65535",
                () -> message().userMessageReference(65536).build());
        assertField(InvalidMessageException.USER_MESSAGE_REFERENCE, "userMessageReference must be 0..65535",
                () -> message().userMessageReference(-1).build());
    }

    @Test
    void aReferenceIsTheApplicationsOwnAndAtMost200Characters() throws InvalidMessageException {
        assertEquals(Optional.empty(), message().build().reference());
        assertEquals(Optional.empty(), message().reference("").build().reference());
        assertEquals(Optional.of("order-4711"), message().reference("order-4711").build().reference());
        String longest = "r".repeat(SmsMessage.MAX_REFERENCE_LENGTH);
        assertEquals(Optional.of(longest), message().reference(longest).build().reference());
        assertField(InvalidMessageException.REFERENCE, "reference must be at most 200 characters",
                () -> message().reference(longest + "x").build());
        SmsMessage withReference = message().reference("a").build();
        assertNotEquals(message().reference("b").build(), withReference);
        assertEquals(withReference, withReference.toBuilder().build());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0204, 0x0424, 0x020C, 0x020E, 0x020F})
    void theConnectorsOwnTlvsAreRefused(int tag) {
        assertField(InvalidMessageException.TLVS, String.format("tlvs may not hold 0x%04X", tag),
                () -> message().tlv(Tlv.of(tag, new byte[] {0, 1})).build());
    }

    @Test
    void aTlvTagComesOnce() throws InvalidMessageException {
        assertField(InvalidMessageException.TLVS, "tlvs holds tag 0x1400 twice",
                () -> message().tlv(Tlv.ofByte(0x1400, 1)).tlv(Tlv.ofByte(0x1400, 2)).build());
        assertEquals(List.of(Tlv.ofByte(0x1400, 2)),
                message().tlv(Tlv.ofByte(0x1400, 1)).clearTlvs().tlv(Tlv.ofByte(0x1400, 2)).build().tlvs());
    }

    @Test
    void nullTakesASettingBackToItsDefault() throws InvalidMessageException {
        SmsMessage message = message().source("MyShop").source((String) null)
                .encoding(Encoding.GSM7).encoding(null)
                .requestReceipt().receiptRequest(null)
                .validity(Duration.ofHours(1)).validity(null)
                .priority(Priority.LEVEL_3).priority(null)
                .serviceType("CMT").serviceType(null)
                .userMessageReference(1).userMessageReference(null)
                .build();
        assertEquals(message().build(), message);
    }

    @Test
    void theMessageCannotBeChangedThroughWhatWasPassedInOrHandedOut() throws InvalidMessageException {
        byte[] content = {1, 2, 3};
        SmsMessage.Builder builder = message().binary(content).tlv(Tlv.ofByte(0x1400, 1));
        SmsMessage message = builder.build();

        content[0] = 9;
        message.binary().orElseThrow()[1] = 9;
        builder.tlv(Tlv.ofByte(0x1401, 1)).destination("+4520123456");

        assertArrayEquals(new byte[] {1, 2, 3}, message.binary().orElseThrow());
        assertEquals(List.of(Tlv.ofByte(0x1400, 1)), message.tlvs());
        assertEquals(Address.international("12125551234"), message.destination());
        assertThrows(UnsupportedOperationException.class, () -> message.tlvs().add(Tlv.ofByte(0x1402, 1)));
    }

    @Test
    void toBuilderMakesAnEqualMessageToVaryOn() throws InvalidMessageException {
        SmsMessage original = message().source("MyShop").requestReceipt().validUntil(FAR_FUTURE)
                .priority(Priority.LEVEL_1).serviceType("1").userMessageReference(7).tlv(Tlv.ofByte(0x0005, 1))
                .build();
        assertEquals(original, original.toBuilder().build());
        assertEquals(original.hashCode(), original.toBuilder().build().hashCode());

        SmsMessage other = original.toBuilder().destination("+4520123456").build();
        assertNotEquals(original, other);
        assertEquals(Address.international("4520123456"), other.destination());
        assertEquals(original.source(), other.source());

        SmsMessage binary = message().binary(new byte[] {4, 2}).validity(Duration.ofMinutes(5)).build();
        assertEquals(binary, binary.toBuilder().build());
    }

    @Test
    void toStringLeavesTheContentOut() throws InvalidMessageException {
        String text = message().source("MyShop").text("secret code 483920").requestReceipt().build().toString();
        assertFalse(text.contains("483920"), text);
        assertEquals("SmsMessage[to +12125551234, from MyShop (TON 5, NPI 0), text of 18 chars,"
                + " receipt SUCCESS_OR_FAILURE]", text);
    }
}
