package org.smppconnector.api.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.Address;
import org.smppconnector.api.MessageState;
import org.smppconnector.api.Tlv;

class ReceiptTest {

    private static Receipt.Builder receipt() {
        return Receipt.builder().account("gatewayapi").bindGroup("0")
                .source(Address.international("4520123456")).destination(Address.alphanumeric("MyShop"));
    }

    @Test
    void keepsWhatTheReceiptSaid() {
        LocalDateTime submitted = LocalDateTime.of(2020, 11, 18, 10, 54);
        Tlv reference = Tlv.ofShort(0x0204, 42);
        Receipt receipt = receipt().messageId("1390125333").state(MessageState.UNDELIVERABLE).error("019")
                .networkErrorCode(new NetworkErrorCode(3, 0x107E)).submitDate(submitted).doneDate(submitted)
                .text("id:1390125333 sub:001 dlvrd:000 stat:UNDELIV err:019").userMessageReference(42)
                .tlv(reference).build();

        assertEquals("gatewayapi", receipt.account());
        assertEquals("0", receipt.bindGroup());
        assertEquals(Address.international("4520123456"), receipt.source());
        assertEquals(Optional.of("1390125333"), receipt.messageId());
        assertEquals(MessageState.UNDELIVERABLE, receipt.state());
        assertTrue(receipt.isFinal());
        assertEquals(Optional.of("019"), receipt.error());
        assertEquals(Optional.of(new NetworkErrorCode(3, 0x107E)), receipt.networkErrorCode());
        assertEquals(Optional.of(submitted), receipt.submitDate());
        assertEquals(Optional.of(submitted), receipt.doneDate());
        assertEquals(OptionalInt.of(42), receipt.userMessageReference());
        assertEquals(List.of(reference), receipt.tlvs());
        assertEquals(Optional.of(reference), receipt.tlv(0x0204));
        assertEquals(Optional.empty(), receipt.tlv(0x0427));
    }

    @Test
    void aReceiptWithNothingReadableIsUnknownAndNotFinal() {
        Receipt receipt = receipt().build();
        assertEquals(Optional.empty(), receipt.messageId());
        assertEquals(MessageState.UNKNOWN, receipt.state());
        assertFalse(receipt.isFinal());
        assertEquals("", receipt.text());
        assertEquals(Optional.empty(), receipt.error());
        assertEquals(OptionalInt.empty(), receipt.userMessageReference());
        assertEquals(MessageState.UNKNOWN, receipt().state(MessageState.DELIVERED).state(null).build().state());
    }

    @Test
    void accountGroupAndAddressesAreRequired() {
        assertEquals("account", assertThrows(NullPointerException.class,
                () -> receipt().account(null).build()).getMessage());
        assertEquals("bindGroup", assertThrows(NullPointerException.class,
                () -> receipt().bindGroup(null).build()).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class,
                () -> receipt().source(null).build()).getMessage());
        assertEquals("destination", assertThrows(NullPointerException.class,
                () -> receipt().destination(null).build()).getMessage());
    }

    @Test
    void laterBuilderChangesDoNotReachABuiltReceipt() {
        Receipt.Builder builder = receipt().tlv(Tlv.ofByte(0x0427, 2));
        Receipt receipt = builder.build();
        builder.tlv(Tlv.ofByte(0x0423, 1)).messageId("other");
        assertEquals(List.of(Tlv.ofByte(0x0427, 2)), receipt.tlvs());
        assertEquals(Optional.empty(), receipt.messageId());
        assertThrows(UnsupportedOperationException.class, () -> receipt.tlvs().clear());
    }

    @Test
    void networkErrorCodesAreOneAndTwoOctets() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkErrorCode(256, 0));
        assertThrows(IllegalArgumentException.class, () -> new NetworkErrorCode(3, 0x10000));
        assertThrows(IllegalArgumentException.class, () -> new NetworkErrorCode(-1, 0));
    }
}
