package org.smppconnector.sample.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.Address;
import org.smppconnector.api.inbound.InboundMessage;

class InboundLogTest {

    @Test
    void keepsTheNewestMessagesWithTheirAddressesAndParts() {
        InboundLog log = new InboundLog(2);
        for (String text : List.of("one", "two", "three")) {
            log.record(InboundMessage.builder().account("acme").bindGroup("default")
                    .source(Address.international("+4512345678")).destination(Address.shortCode("1234"))
                    .text(text).partCount(2).build(), Instant.EPOCH);
        }

        List<RecordedInbound> latest = log.latest(10);
        assertEquals(List.of("two", "three"), latest.stream().map(RecordedInbound::text).toList());
        assertEquals("+4512345678", latest.get(0).from());
        assertEquals(2, latest.get(0).parts());
        assertEquals(List.of("three"), log.latest(1).stream().map(RecordedInbound::text).toList());
        assertEquals(3, log.received());
    }
}
