package org.smppconnector.ra.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.Address;
import org.smppconnector.api.MessageState;
import org.smppconnector.api.Npi;
import org.smppconnector.api.Ton;
import org.smppconnector.api.inbound.NetworkErrorCode;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pdu.Tlvs;

class ConversionsTest {

    private static final Address FROM = Address.international("4512345678");
    private static final Address TO = Address.alphanumeric("Acme");

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aReceiptTextIsParsedIntoStateErrorAndDates() {
        Receipt receipt = Conversions.receipt("acme", "default", FROM, TO, text("id:ABC123 sub:001 dlvrd:000"
                + " submit date:2603011000 done date:2603011005 stat:UNDELIV err:107 text:hello"), null);
        assertEquals("ABC123", receipt.messageId().orElseThrow());
        assertEquals(MessageState.UNDELIVERABLE, receipt.state());
        assertTrue(receipt.isFinal());
        assertEquals("107", receipt.error().orElseThrow());
        assertEquals(LocalDateTime.of(2026, 3, 1, 10, 0), receipt.submitDate().orElseThrow());
        assertEquals(LocalDateTime.of(2026, 3, 1, 10, 5), receipt.doneDate().orElseThrow());
        assertEquals("acme", receipt.account());
        assertEquals("default", receipt.bindGroup());
    }

    @Test
    void receiptTlvsWinOverTheTextAndAllAreKept() {
        Tlvs tlvs = new Tlvs().putString(Tag.RECEIPTED_MESSAGE_ID, "tlv-id").putInt(Tag.MESSAGE_STATE, 2)
                .putNetworkErrorCode(new org.smppconnector.smpp.pdu.NetworkErrorCode(3, 0x0107))
                .putInt(Tag.USER_MESSAGE_REFERENCE, 42);
        Receipt receipt = Conversions.receipt("acme", "default", FROM, TO, text("id:text-id stat:UNDELIV"), tlvs);
        assertEquals("tlv-id", receipt.messageId().orElseThrow());
        assertEquals(MessageState.DELIVERED, receipt.state());
        assertEquals(new NetworkErrorCode(3, 0x0107), receipt.networkErrorCode().orElseThrow());
        assertEquals(42, receipt.userMessageReference().getAsInt());
        assertEquals(4, receipt.tlvs().size());
        assertEquals("tlv-id", receipt.tlv(Tag.RECEIPTED_MESSAGE_ID.code()).orElseThrow().cStringValue());
    }

    @Test
    void anUnreadableReceiptStillArrivesAsUnknownWithItsText() {
        Receipt receipt = Conversions.receipt("acme", "default", FROM, TO, text("nothing to see"), null);
        assertEquals(MessageState.UNKNOWN, receipt.state());
        assertTrue(receipt.messageId().isEmpty());
        assertEquals("nothing to see", receipt.text());
    }

    @Test
    void addressesKeepTheirTypeAndPlan() {
        assertEquals(Address.of(Ton.NATIONAL, Npi.ISDN, "0612345678"), Conversions.address(2, 1, "0612345678"));
        assertEquals(Address.of(Ton.UNKNOWN, Npi.UNKNOWN, ""), Conversions.address(7, 99, null),
                "reserved codes read as unknown");
    }

    @Test
    void anInternationalNumberWrittenWithItsPlusIsHeldAsDigits() {
        Address mta = Conversions.address(1, 1, "+12125551234");
        assertEquals(Address.international("12125551234"), mta);
        assertEquals("+12125551234", mta.toString(), "printed with one '+'");
        assertEquals("12125551234", Conversions.address(1, 1, "12125551234").value());
        assertEquals("+12125551234", Conversions.address(0, 1, "+12125551234").value(),
                "a number of unknown type is kept as the SMSC wrote it");
        assertEquals("Acme", Conversions.address(5, 0, "Acme").value());
        assertEquals("", Conversions.address(1, 1, null).value());
    }
}
