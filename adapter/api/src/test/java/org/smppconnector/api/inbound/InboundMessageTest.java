package org.smppconnector.api.inbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.Address;

class InboundMessageTest {

    private static InboundMessage.Builder message() {
        return InboundMessage.builder().account("bulksms").bindGroup("0")
                .source(Address.international("447700900123")).destination(Address.shortCode("55555"));
    }

    @Test
    void keepsTheDecodedTextAndTheOctetsAsReceived() {
        byte[] gsm = {0x53, 0x54, 0x4F, 0x50};
        InboundMessage message = message().text("STOP").payload(gsm).dataCoding(0).partCount(2)
                .serviceType("CMT").build();
        assertEquals(Optional.of("STOP"), message.text());
        assertArrayEquals(gsm, message.payload());
        assertEquals(0, message.dataCoding());
        assertEquals(2, message.partCount());
        assertEquals(Optional.of("CMT"), message.serviceType());
    }

    @Test
    void aTextAloneStandsForAUcs2Message() {
        InboundMessage message = message().text("Привет").build();
        assertEquals(0x08, message.dataCoding());
        assertArrayEquals("Привет".getBytes(StandardCharsets.UTF_16BE), message.payload());
        assertEquals(1, message.partCount());
    }

    @Test
    void aBinaryMessageHasNoText() {
        InboundMessage message = message().payload(new byte[] {1, 2}).dataCoding(4).build();
        assertEquals(Optional.empty(), message.text());
        assertEquals(4, message.dataCoding());
    }

    @Test
    void theContentCannotBeChangedThroughWhatWasPassedInOrHandedOut() {
        byte[] payload = {1, 2};
        InboundMessage message = message().payload(payload).dataCoding(4).build();
        payload[0] = 9;
        message.payload()[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, message.payload());
    }

    @Test
    void requiredFieldsAndRangesAreChecked() {
        assertEquals("payload", assertThrows(NullPointerException.class, () -> message().build()).getMessage());
        assertEquals("account", assertThrows(NullPointerException.class,
                () -> message().account(null).text("x").build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> message().payload(new byte[1]).dataCoding(256).build());
        assertThrows(IllegalArgumentException.class, () -> message().text("x").partCount(0).build());
    }

    @Test
    void toStringLeavesTheContentOut() {
        String text = message().text("my PIN is 1234").build().toString();
        assertFalse(text.contains("1234"), text);
    }
}
