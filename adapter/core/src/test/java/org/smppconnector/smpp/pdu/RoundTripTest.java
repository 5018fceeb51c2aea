package org.smppconnector.smpp.pdu;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoundTripTest {

    private final PduCodec codec = new PduCodec();

    @Test
    void samplesCoverEveryCommand() {
        Set<Integer> covered = new HashSet<>();
        for (Pdu pdu : SamplePdus.all()) {
            covered.add(pdu.getCommandId());
        }
        for (int id : CommandId.all()) {
            assertTrue(covered.contains(id), "no sample for " + CommandId.name(id));
        }
    }

    @Test
    void everyCommandSurvivesEncodeDecodeEncode() throws Exception {
        for (Pdu pdu : SamplePdus.all()) {
            byte[] wire = codec.encode(pdu);
            assertEquals(wire.length, PduDecoder.int32(wire, 0), pdu.getName() + " command_length");
            assertEquals(pdu.getCommandId(), PduDecoder.int32(wire, 4));
            Pdu decoded = codec.decode(wire, 0, wire.length);
            assertSame(pdu.getClass(), decoded.getClass());
            assertEquals(pdu.getSequenceNumber(), decoded.getSequenceNumber());
            assertEquals(pdu.getCommandStatus(), decoded.getCommandStatus());
            assertEquals(pdu.hasTlvs(), decoded.hasTlvs(), pdu.getName());
            assertArrayEquals(wire, codec.encode(decoded), pdu.getName() + " re-encoded differently");
            assertEquals(pdu.toString(), decoded.toString());
        }
    }

    @Test
    void randomPdusOfEveryCommandSurviveEncodeDecodeEncode() throws Exception {
        RandomPdus random = new RandomPdus(20240601L);
        byte[] buf = new byte[PduCodec.DEFAULT_MAX_COMMAND_LENGTH];
        for (int i = 0; i < 20_000; i++) {
            Pdu pdu = random.next();
            int end = codec.encode(pdu, buf, 0);
            Pdu decoded = codec.decode(buf, 0, end);
            assertEquals(pdu.toString(), decoded.toString());
            assertArrayEquals(Arrays.copyOf(buf, end), codec.encode(decoded), pdu.getName());
        }
    }

    @Test
    void encodesIntoCallerBufferAtOffsetAndByteBuffer() throws Exception {
        byte[] buf = new byte[4096];
        int p = 7;
        List<Pdu> all = SamplePdus.all();
        for (Pdu pdu : all) {
            int end = codec.encode(pdu, buf, p);
            assertEquals(codec.encodedLength(pdu), end - p);
            assertArrayEquals(codec.encode(pdu), Arrays.copyOfRange(buf, p, end));
            Pdu decoded = codec.decode(buf, p, end - p);
            assertEquals(pdu.toString(), decoded.toString());
            p = end;
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(4096);
        ByteBuffer heap = ByteBuffer.allocate(4096);
        for (Pdu pdu : all) {
            direct.clear();
            heap.clear().position(3);
            codec.encode(pdu, direct);
            codec.encode(pdu, heap);
            direct.flip();
            heap.flip().position(3);
            assertEquals(pdu.toString(), codec.decode(direct).toString());
            assertEquals(pdu.toString(), codec.decode(heap.slice()).toString());
        }
    }

    @Test
    void fieldsComeBackAsSet() throws Exception {
        SubmitSm sm = SamplePdus.submitSm();
        SubmitSm back = (SubmitSm) codec.decode(codec.encode(sm), 0, codec.encodedLength(sm));
        assertEquals("CMT", back.getServiceType());
        assertEquals(5, back.getSourceAddrTon());
        assertEquals(0, back.getSourceAddrNpi());
        assertEquals("MyBrand", back.getSourceAddr());
        assertEquals(1, back.getDestAddrTon());
        assertEquals(1, back.getDestAddrNpi());
        assertEquals("447700900123", back.getDestinationAddr());
        assertEquals(0x40, back.getEsmClass());
        assertEquals(0x41, back.getProtocolId());
        assertEquals(1, back.getPriorityFlag());
        assertEquals("250101120000000+", back.getScheduleDeliveryTime());
        assertEquals("000001000000000R", back.getValidityPeriod());
        assertEquals(1, back.getRegisteredDelivery());
        assertEquals(1, back.getReplaceIfPresentFlag());
        assertEquals(3, back.getDataCoding());
        assertEquals(2, back.getSmDefaultMsgId());
        assertArrayEquals(sm.getShortMessage(), back.getShortMessage());
        assertEquals(0x1234, back.getTlvs().getInt(Tag.SAR_MSG_REF_NUM, -1));
        assertEquals(3, back.getTlvs().getInt(Tag.SAR_TOTAL_SEGMENTS, -1));
        assertEquals(2, back.getTlvs().getInt(Tag.SAR_SEGMENT_SEQNUM, -1));
    }
}
