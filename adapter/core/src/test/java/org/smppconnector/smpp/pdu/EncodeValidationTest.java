package org.smppconnector.smpp.pdu;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** The encoder refuses what the spec does not allow, names the field, and writes nothing. */
class EncodeValidationTest {

    private final PduCodec codec = new PduCodec();

    private <P extends Pdu> void assertRefused(String field, Supplier<P> make, Consumer<P> spoil) {
        P pdu = make.get();
        spoil.accept(pdu);
        PduEncodeException e = assertThrows(PduEncodeException.class, () -> codec.encodedLength(pdu));
        assertEquals(field, e.getField(), e.getMessage());
        assertEquals(pdu.getCommandId(), e.getCommandId());
        assertTrue(e.getMessage().startsWith(pdu.getName() + " " + field), e.getMessage());
        byte[] buf = new byte[1024];
        assertThrows(PduEncodeException.class, () -> codec.encode(pdu, buf, 0));
        assertArrayEquals(new byte[1024], buf, "nothing written");
    }

    @Test
    void cStringFieldsBeyondTheirSpecLength() {
        assertRefused("source_addr", SubmitSm::new, p -> p.setSourceAddr("1".repeat(21)));
        assertRefused("destination_addr", DeliverSm::new, p -> p.setDestinationAddr("1".repeat(21)));
        assertRefused("service_type", SubmitSm::new, p -> p.setServiceType("ABCDEF"));
        assertRefused("system_id", BindTransceiver::new, p -> p.setSystemId("s".repeat(16)));
        assertRefused("password", BindTransmitter::new, p -> p.setPassword("p".repeat(9)));
        assertRefused("system_type", BindReceiver::new, p -> p.setSystemType("t".repeat(13)));
        assertRefused("address_range", BindReceiver::new, p -> p.setAddressRange("r".repeat(41)));
        assertRefused("system_id", BindReceiverResp::new, p -> p.setSystemId("s".repeat(16)));
        assertRefused("password", Outbind::new, p -> p.setPassword("p".repeat(9)));
        assertRefused("message_id", SubmitSmResp::new, p -> p.setMessageId("m".repeat(65)));
        assertRefused("message_id", QuerySm::new, p -> p.setMessageId("m".repeat(65)));
        assertRefused("source_addr", DataSm::new, p -> p.setSourceAddr("1".repeat(65)));
        assertRefused("esme_addr", AlertNotification::new, p -> p.setEsmeAddr("1".repeat(65)));
        assertRefused("destination_addr", CancelSm::new, p -> p.setDestinationAddr("1".repeat(21)));
        assertRefused("dl_name", SubmitMulti::new, p -> p.addDestAddress(new DestAddress.DistributionList("d".repeat(21))));
        assertRefused("destination_addr", SubmitMulti::new, p -> p.addDestAddress(new DestAddress.Sme(1, 1, "1".repeat(21))));
        assertRefused("destination_addr", SubmitMultiResp::new, p -> p.addUnsuccessSme(new UnsuccessSme(1, 1, "1".repeat(21), 0)));
    }

    @Test
    void maximumLengthsAreAccepted() throws Exception {
        SubmitSm sm = new SubmitSm();
        sm.setSourceAddr("1".repeat(20));
        sm.setDestinationAddr("2".repeat(20));
        sm.setServiceType("ABCDE");
        sm.setShortMessage(new byte[254]);
        byte[] wire = codec.encode(sm);
        assertEquals(sm.toString(), codec.decode(wire, 0, wire.length).toString());
        DataSm data = new DataSm();
        data.setSourceAddr("1".repeat(64));
        data.setDestinationAddr("2".repeat(64));
        wire = codec.encode(data);
        assertEquals(data.toString(), codec.decode(wire, 0, wire.length).toString());
    }

    @Test
    void timeFieldsMustBeEmptyOrSixteenCharacters() {
        assertRefused("schedule_delivery_time", SubmitSm::new, p -> p.setScheduleDeliveryTime("2501011200"));
        assertRefused("validity_period", SubmitSm::new, p -> p.setValidityPeriod("0".repeat(17)));
        assertRefused("validity_period", ReplaceSm::new, p -> p.setValidityPeriod("1"));
        assertRefused("final_date", QuerySmResp::new, p -> p.setFinalDate("1"));
    }

    @Test
    void charactersAnSmppStringCannotCarryAreRefusedWhenSet() {
        assertTextRefused("source_addr", "U+20AC", () -> new SubmitSm().setSourceAddr("\u20ac1"));
        assertTextRefused("source_addr", "U+0100", () -> new SubmitSm().setSource(1, 1, "\u0100"));
        assertTextRefused("system_id", "U+0000", () -> new BindTransceiver().setSystemId("a\u0000b"));
        assertTextRefused("message_id", "U+0000", () -> new SubmitSmResp().setMessageId("\u0000"));
        assertTextRefused("esme_addr", "U+4E2D", () -> new AlertNotification().setEsmeAddr("\u4e2d"));
        assertTextRefused("dl_name", "U+0100", () -> new DestAddress.DistributionList("\u0100"));
        assertTextRefused("destination_addr", "U+0000", () -> new DestAddress.Sme(1, 1, "1\u00002"));
        assertTextRefused("destination_addr", "U+FFFF", () -> new UnsuccessSme(1, 1, "\uffff", 0));

        SubmitSm sm = new SubmitSm();
        sm.setSourceAddr("caf\u00e9\u0001\u00ff"); // all of Latin-1 but NUL passes, one octet each
        byte[] wire = codec.encode(sm);
        assertEquals(sm.toString(), assertDoesNotThrow(() -> codec.decode(wire, 0, wire.length)).toString());
        sm.setSourceAddr(null);
        assertEquals("", sm.getSourceAddr());
    }

    private static void assertTextRefused(String field, String character, Runnable set) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, set::run);
        assertTrue(e.getMessage().startsWith(field + " has the character " + character), e.getMessage());
    }

    @Test
    void oneOctetFieldsOutsideZeroTo255AreRefusedWhenSet() {
        assertOctetRefused("esm_class", () -> new SubmitSm().setEsmClass(256));
        assertOctetRefused("data_coding", () -> new DeliverSm().setDataCoding(-1));
        assertOctetRefused("source_addr_ton", () -> new SubmitSm().setSource(300, 1, "1"));
        assertOctetRefused("dest_addr_npi", () -> new CancelSm().setDestination(1, 256, "1"));
        assertOctetRefused("interface_version", () -> new BindTransceiver().setInterfaceVersion(0x150));
        assertOctetRefused("registered_delivery", () -> new DataSm().setRegisteredDelivery(1000));
        assertOctetRefused("message_state", () -> new QuerySmResp().setMessageState(256));
        assertOctetRefused("esme_addr_npi", () -> new AlertNotification().setEsmeAddrNpi(256));
        assertOctetRefused("dest_addr_ton", () -> new DestAddress.Sme(256, 1, "1"));
        assertOctetRefused("dest_addr_npi", () -> new UnsuccessSme(1, -1, "1", 0));
        SubmitSm sm = new SubmitSm();
        sm.setEsmClass(255);
        sm.setDataCoding(0xF0);
        assertEquals(255, sm.getEsmClass());
        assertEquals(0xF0, sm.getDataCoding());
    }

    private static void assertOctetRefused(String field, Runnable set) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, set::run);
        assertTrue(e.getMessage().startsWith(field + " must be 0 to 255"), e.getMessage());
    }

    @Test
    void shortMessageBeyond254Octets() {
        assertRefused("short_message", SubmitSm::new, p -> p.setShortMessage(new byte[255]));
        assertRefused("short_message", ReplaceSm::new, p -> p.setShortMessage(new byte[300]));
    }

    @Test
    void submitMultiDestinationCounts() {
        assertRefused("number_of_dests", SubmitMulti::new, p -> { });
        assertRefused("number_of_dests", SubmitMulti::new, p -> {
            for (int i = 0; i < 255; i++) {
                p.addDestAddress(new DestAddress.Sme(1, 1, "1"));
            }
        });
        assertRefused("dest_address", SubmitMulti::new, p -> p.getDestAddresses().add(null));
        assertRefused("no_unsuccess", SubmitMultiResp::new, p -> {
            for (int i = 0; i < 255; i++) {
                p.addUnsuccessSme(new UnsuccessSme(1, 1, "1", 0));
            }
        });
    }

    @Test
    void tlvsOnAHeaderOnlyCommand() {
        assertRefused("TLVs", EnquireLink::new, p -> p.getTlvs().putInt(Tag.MESSAGE_STATE, 1));
        EnquireLink empty = new EnquireLink();
        empty.getTlvs(); // an empty container is fine
        assertEquals(16, codec.encodedLength(empty));
    }

    @Test
    void bufferTooSmallWritesNothing() {
        SubmitSm sm = SamplePdus.submitSm();
        int length = codec.encodedLength(sm);
        byte[] buf = new byte[length + 4];
        assertThrows(IndexOutOfBoundsException.class, () -> codec.encode(sm, buf, 5));
        assertArrayEquals(new byte[length + 4], buf);
        assertEquals(length + 4, codec.encode(sm, buf, 4));

        for (ByteBuffer small : new ByteBuffer[] {ByteBuffer.allocate(length - 1), ByteBuffer.allocateDirect(length - 1)}) {
            assertThrows(BufferOverflowException.class, () -> codec.encode(sm, small));
            assertEquals(0, small.position());
            byte[] content = new byte[length - 1];
            small.get(content);
            assertArrayEquals(new byte[length - 1], content);
        }
    }
}
