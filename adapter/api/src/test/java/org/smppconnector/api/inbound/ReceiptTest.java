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

    @Test
    void withoutAStoreAReceiptIsNeitherMatchedNorADuplicate() {
        Receipt receipt = receipt().messageId("1").state(MessageState.DELIVERED).build();
        assertFalse(receipt.matched());
        assertFalse(receipt.duplicate());
        assertEquals(Optional.empty(), receipt.userReference());
        assertEquals(Optional.empty(), receipt.combinedState());
        assertEquals(OptionalInt.empty(), receipt.partNumber());
        assertEquals(OptionalInt.empty(), receipt.partCount());
    }

    @Test
    void carriesWhatTheStoreMadeOfIt() {
        Receipt receipt = receipt().messageId("7").state(MessageState.ENROUTE)
                .submission("order-17", MessageState.DELIVERED, 2, 3).duplicate(true).build();
        assertTrue(receipt.matched());
        assertTrue(receipt.duplicate());
        assertEquals(Optional.of("order-17"), receipt.userReference());
        assertEquals(Optional.of(MessageState.DELIVERED), receipt.combinedState());
        assertEquals(MessageState.ENROUTE, receipt.state(), "the receipt's own state stays what it said");
        assertEquals(OptionalInt.of(2), receipt.partNumber());
        assertEquals(OptionalInt.of(3), receipt.partCount());
        assertTrue(receipt.toString().contains("part 2/3"), receipt.toString());
        assertThrows(IllegalArgumentException.class, () -> receipt().submission(null, MessageState.ENROUTE, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> receipt().submission(null, MessageState.ENROUTE, 0, 1));
    }

    @Test
    void toBuilderKeepsEveryField() {
        Tlv reference = Tlv.ofShort(0x0204, 42);
        Receipt original = receipt().messageId("9").state(MessageState.UNDELIVERABLE).error("019")
                .networkErrorCode(new NetworkErrorCode(3, 7)).submitDate(LocalDateTime.of(2026, 1, 2, 3, 4))
                .text("id:9 stat:UNDELIV").userMessageReference(42).tlv(reference)
                .submission(null, MessageState.UNDELIVERABLE, 1, 1).build();
        Receipt copy = original.toBuilder().build();
        assertEquals(original.toString(), copy.toString());
        assertEquals(original.messageId(), copy.messageId());
        assertEquals(original.error(), copy.error());
        assertEquals(original.networkErrorCode(), copy.networkErrorCode());
        assertEquals(original.submitDate(), copy.submitDate());
        assertEquals(original.text(), copy.text());
        assertEquals(original.userMessageReference(), copy.userMessageReference());
        assertEquals(original.tlvs(), copy.tlvs());
        assertTrue(copy.matched());
        assertEquals(Optional.empty(), copy.userReference());
        assertEquals(Optional.of(MessageState.UNDELIVERABLE), copy.combinedState());
        assertFalse(receipt().messageId("9").build().toBuilder().build().matched());
    }
}
