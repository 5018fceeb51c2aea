package org.smppconnector.smpp.pdu;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TlvsTest {

    private final PduCodec codec = new PduCodec();

    private DeliverSm roundTrip(DeliverSm pdu) throws PduDecodeException {
        byte[] wire = codec.encode(pdu);
        DeliverSm back = (DeliverSm) codec.decode(wire, 0, wire.length);
        assertArrayEquals(wire, codec.encode(back));
        return back;
    }

    @Test
    void integerKindsRoundTripAtTheirLimits() throws Exception {
        DeliverSm pdu = new DeliverSm();
        pdu.getTlvs().putInt(Tag.MESSAGE_STATE, 0xFF).putInt(Tag.SAR_MSG_REF_NUM, 0xFFFF)
                .putInt(Tag.QOS_TIME_TO_LIVE, 0xFFFFFFFF).putInt(Tag.USER_MESSAGE_REFERENCE, 0)
                .putInt(Tag.CONGESTION_STATE, 90);
        Tlvs back = roundTrip(pdu).getTlvs();
        assertEquals(0xFF, back.getInt(Tag.MESSAGE_STATE, -1));
        assertEquals(0xFFFF, back.getInt(Tag.SAR_MSG_REF_NUM, -1));
        assertEquals(0xFFFFFFFFL, Integer.toUnsignedLong(back.getInt(Tag.QOS_TIME_TO_LIVE, 0)));
        assertEquals(0, back.getInt(Tag.USER_MESSAGE_REFERENCE, -1));
        assertEquals(90, back.getInt(Tag.CONGESTION_STATE, -1));
        assertEquals(1, back.valueLength(Tag.MESSAGE_STATE.code()));
        assertEquals(2, back.valueLength(Tag.SAR_MSG_REF_NUM.code()));
        assertEquals(4, back.valueLength(Tag.QOS_TIME_TO_LIVE.code()));
        assertEquals(-7, back.getInt(Tag.SOURCE_PORT, -7), "absent");
    }

    @Test
    void cStringKindRoundTripsUpToItsLimit() throws Exception {
        String id64 = "x".repeat(64);
        String text255 = "\u00ff".repeat(255);
        DeliverSm pdu = new DeliverSm();
        pdu.getTlvs().putString(Tag.RECEIPTED_MESSAGE_ID, id64).putString(Tag.ADDITIONAL_STATUS_INFO_TEXT, text255)
                .putString(Tag.SOURCE_NETWORK_ID, "");
        Tlvs back = roundTrip(pdu).getTlvs();
        assertEquals(id64, back.getString(Tag.RECEIPTED_MESSAGE_ID));
        assertEquals(65, back.valueLength(Tag.RECEIPTED_MESSAGE_ID.code()));
        assertEquals(text255, back.getString(Tag.ADDITIONAL_STATUS_INFO_TEXT));
        assertEquals("", back.getString(Tag.SOURCE_NETWORK_ID));
        assertNull(back.getString(Tag.DEST_NETWORK_ID));
    }

    @Test
    void octetKindsRoundTrip() throws Exception {
        byte[] payload = new byte[0xFFFF];
        Arrays.fill(payload, (byte) 0xA5);
        DataSm big = new DataSm();
        big.getTlvs().putBytes(Tag.MESSAGE_PAYLOAD, payload);
        byte[] wire = codec.encode(big);
        assertEquals(16 + 10 + 4 + 0xFFFF, wire.length);
        DataSm back = (DataSm) codec.decode(wire, 0, wire.length);
        assertArrayEquals(payload, back.getTlvs().getBytes(Tag.MESSAGE_PAYLOAD));

        DeliverSm pdu = new DeliverSm();
        pdu.getTlvs().putBytes(Tag.MESSAGE_PAYLOAD, new byte[0]).putBytes(Tag.CALLBACK_NUM, new byte[] {1, 2, 3, 4})
                .putBytes(Tag.ALERT_ON_MESSAGE_DELIVERY, new byte[0]).putBytes(Tag.ITS_SESSION_INFO, new byte[] {9, 8})
                .putNetworkErrorCode(new NetworkErrorCode(3, 0xFFEE));
        Tlvs t = roundTrip(pdu).getTlvs();
        assertArrayEquals(new byte[0], t.getBytes(Tag.MESSAGE_PAYLOAD));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, t.getBytes(Tag.CALLBACK_NUM));
        assertTrue(t.has(Tag.ALERT_ON_MESSAGE_DELIVERY));
        assertEquals(0, t.valueLength(Tag.ALERT_ON_MESSAGE_DELIVERY.code()));
        assertArrayEquals(new byte[] {9, 8}, t.getBytes(Tag.ITS_SESSION_INFO));
        assertEquals(new NetworkErrorCode(3, 0xFFEE), t.getNetworkErrorCode());
        assertArrayEquals(new byte[] {3, (byte) 0xFF, (byte) 0xEE}, t.getBytes(Tag.NETWORK_ERROR_CODE));
    }

    @Test
    void everyStandardTagRoundTripsAtItsShortestAndLongestLength() throws Exception {
        for (Tag tag : Tag.values()) {
            for (int length : new int[] {tag.minLength(), tag.maxLength()}) {
                if (length > 2000) {
                    continue; // message_payload etc. are covered above
                }
                byte[] value = new byte[length];
                for (int i = 0; i < length; i++) {
                    value[i] = (byte) (i + 1);
                }
                if (tag.type() == TlvType.C_STRING) {
                    value[length - 1] = 0;
                }
                DeliverSm pdu = new DeliverSm();
                pdu.getTlvs().putBytes(tag, value);
                assertArrayEquals(value, roundTrip(pdu).getTlvs().getBytes(tag), tag.specName());
            }
        }
    }

    @Test
    void unknownTagsDuplicatesAndOrderSurviveAsRawOctets() throws Exception {
        byte[] frame = Frames.of(CommandId.DELIVER_SM, 3).smPrefix("1", "2").u8(0)
                .tlv(0x2900, (byte) 2)                                // GatewayAPI's message_class
                .tlv(Tag.MESSAGE_STATE.code(), (byte) 2)
                .tlv(0x1502, "abc".getBytes())                         // a vendor tag
                .tlv(0x2900, (byte) 3)                                // a duplicate
                .tlv(0xFFFF)                                          // empty, highest tag
                .build();
        Pdu pdu = codec.decode(frame, 0, frame.length);
        Tlvs t = pdu.getTlvs();
        assertEquals(5, t.size());
        List<Tlv> list = t.list();
        assertEquals(List.of(0x2900, 0x0427, 0x1502, 0x2900, 0xFFFF), list.stream().map(Tlv::tag).toList());
        assertEquals("message_state", list.get(1).name());
        assertEquals("tag 0x2900", list.get(0).name());
        assertEquals(2, t.getInt(0x2900, -1), "first of the duplicates");
        assertArrayEquals("abc".getBytes(), t.getBytes(0x1502));
        assertArrayEquals(frame, codec.encode(pdu), "re-encodes octet for octet");
    }

    @Test
    void cStringTlvWithoutItsNulIsAccepted() throws Exception {
        byte[] frame = Frames.of(CommandId.DELIVER_SM, 3).smPrefix("1", "2").u8(0)
                .tlv(Tag.RECEIPTED_MESSAGE_ID.code(), "abc123".getBytes()).build();
        DeliverSm pdu = (DeliverSm) codec.decode(frame, 0, frame.length);
        assertEquals("abc123", pdu.getTlvs().getString(Tag.RECEIPTED_MESSAGE_ID));
        assertArrayEquals(frame, codec.encode(pdu));
    }

    @Test
    void putReplacesInPlaceDropsDuplicatesAndRemoveRemovesAll() {
        Tlvs t = new Tlvs();
        t.putInt(Tag.SAR_MSG_REF_NUM, 1).putString(Tag.RECEIPTED_MESSAGE_ID, "a").putInt(Tag.MESSAGE_STATE, 1);
        t.putString(Tag.RECEIPTED_MESSAGE_ID, "longer-id");
        assertEquals(List.of(0x020C, 0x001E, 0x0427), t.list().stream().map(Tlv::tag).toList());
        assertEquals("longer-id", t.getString(Tag.RECEIPTED_MESSAGE_ID));
        t.putBytes(0x2900, new byte[] {1});
        t.putBytes(Tag.MESSAGE_STATE.code(), new byte[] {5});
        assertEquals(4, t.size());
        assertEquals(5, t.getInt(Tag.MESSAGE_STATE, -1));
        assertTrue(t.remove(Tag.SAR_MSG_REF_NUM));
        assertFalse(t.remove(Tag.SAR_MSG_REF_NUM));
        assertEquals(List.of(0x001E, 0x0427, 0x2900), t.list().stream().map(Tlv::tag).toList());
        assertEquals(t.list().stream().mapToInt(x -> 4 + x.value().length).sum(), t.wireLength());

        Tlvs dup = Tlvs.fromWire(new byte[] {0x29, 0, 0, 1, 7, 0x04, 0x27, 0, 1, 2, 0x29, 0, 0, 1, 8}, 0, 15);
        dup.putInt(0x2900, 1, 9);
        assertEquals(List.of(0x2900, 0x0427), dup.list().stream().map(Tlv::tag).toList());
        assertEquals(9, dup.getInt(0x2900, -1));
        dup.clear();
        assertTrue(dup.isEmpty());
        assertEquals(0, dup.size());
    }

    @Test
    void putRefusesValuesTheSpecDoesNotAllowNamingTheTag() {
        Tlvs t = new Tlvs();
        assertRefused("message_state", () -> t.putInt(Tag.MESSAGE_STATE, 256));
        assertRefused("sar_msg_ref_num", () -> t.putInt(Tag.SAR_MSG_REF_NUM, 0x10000));
        assertRefused("message_state", () -> t.putInt(Tag.MESSAGE_STATE, -1));
        assertRefused("receipted_message_id", () -> t.putString(Tag.RECEIPTED_MESSAGE_ID, "x".repeat(65)));
        assertRefused("receipted_message_id", () -> t.putString(Tag.RECEIPTED_MESSAGE_ID, "a\u0000b"));
        assertRefused("additional_status_info_text", () -> t.putString(Tag.ADDITIONAL_STATUS_INFO_TEXT, "\u20ac"));
        assertRefused("network_error_code", () -> t.putBytes(Tag.NETWORK_ERROR_CODE, new byte[2]));
        assertRefused("callback_num", () -> t.putBytes(Tag.CALLBACK_NUM, new byte[20]));
        assertRefused("message_payload", () -> t.putString(Tag.MESSAGE_PAYLOAD, "text"));
        assertRefused("receipted_message_id", () -> t.putInt(Tag.RECEIPTED_MESSAGE_ID, 1));
        assertRefused("tag 0x2900", () -> t.putBytes(0x2900, new byte[0x10000]));
        assertThrows(IllegalArgumentException.class, () -> t.putBytes(0x10000, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> new NetworkErrorCode(256, 0));
        assertTrue(t.isEmpty(), "nothing was stored");
    }

    @Test
    void fromWireRefusesABrokenSequence() {
        assertThrows(IllegalArgumentException.class, () -> Tlvs.fromWire(new byte[] {0, 5, 0, 2, 1}, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> Tlvs.fromWire(new byte[] {0, 5, 0}, 0, 3));
        assertEquals(1, Tlvs.fromWire(new byte[] {9, 0, 5, 0, 1, 1, 9}, 1, 5).size());
    }

    @Test
    void tagTableLooksUpEveryTagAndNamesUnknownOnes() {
        Set<Integer> codes = new HashSet<>();
        for (Tag tag : Tag.values()) {
            assertSame(tag, Tag.of(tag.code()));
            assertEquals(tag.specName(), Tag.nameOf(tag.code()));
            assertTrue(codes.add(tag.code()), "duplicate code " + tag);
            assertTrue(tag.minLength() <= tag.maxLength() && tag.maxLength() <= 0xFFFF, tag.specName());
            if (tag.type().width() > 0) {
                assertEquals(tag.type().width(), tag.minLength(), tag.specName());
            }
        }
        assertNull(Tag.of(0x2900));
        assertEquals("tag 0x2900", Tag.nameOf(0x2900));
        assertEquals(0x0428, Tag.CONGESTION_STATE.code());
        assertEquals(TlvType.OCTETS, Tag.NETWORK_ERROR_CODE.type());
        assertEquals(3, Tag.NETWORK_ERROR_CODE.maxLength());
        assertEquals(65, Tag.RECEIPTED_MESSAGE_ID.maxLength());
    }

    @Test
    void containerEqualityFollowsTheWireOctets() {
        Tlvs a = new Tlvs().putInt(Tag.MESSAGE_STATE, 2).putString(Tag.RECEIPTED_MESSAGE_ID, "x");
        Tlvs b = new Tlvs().putInt(Tag.MESSAGE_STATE, 2).putString(Tag.RECEIPTED_MESSAGE_ID, "x");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Tlvs().putString(Tag.RECEIPTED_MESSAGE_ID, "x").putInt(Tag.MESSAGE_STATE, 2));
        assertEquals("[message_state=2, receipted_message_id=\"x\"]", a.toString());
    }

    private static void assertRefused(String name, Runnable put) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, put::run);
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }
}
