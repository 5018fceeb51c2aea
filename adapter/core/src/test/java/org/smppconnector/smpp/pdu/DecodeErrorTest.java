package org.smppconnector.smpp.pdu;

import static org.junit.jupiter.api.Assertions.*;
import static org.smppconnector.smpp.pdu.CommandStatus.*;

import org.junit.jupiter.api.Test;

/** Every kind of malformed input gives a PduDecodeException with the right status, PDU and verdict. */
class DecodeErrorTest {

    private static final int SEQ = 0x01020304;

    private final PduCodec codec = new PduCodec(1000, true);

    private PduDecodeException decodeFails(byte[] frame) {
        return assertThrows(PduDecodeException.class, () -> codec.decode(frame, 0, frame.length));
    }

    /** Same frame through the stream decoder, which must agree. */
    private PduDecodeException frameFails(byte[] frame) {
        PduFrameDecoder frames = new PduFrameDecoder(codec);
        frames.feed(frame, 0, frame.length);
        return assertThrows(PduDecodeException.class, frames::next);
    }

    private static void assertSkippable(PduDecodeException e, int status, int commandId) {
        assertEquals(CommandStatus.name(status), CommandStatus.name(e.getCommandStatus()), e.getMessage());
        assertTrue(e.canContinue(), "frame can be skipped");
        assertTrue(e.isHeaderRead());
        assertEquals(commandId, e.getCommandId());
        assertEquals(SEQ, e.getSequenceNumber());
    }

    private void assertBodyError(byte[] frame, int status, int commandId, String mentions) {
        PduDecodeException e = decodeFails(frame);
        assertSkippable(e, status, commandId);
        assertTrue(e.getMessage().contains(mentions), e.getMessage());
        assertSkippable(frameFails(frame), status, commandId);
    }

    @Test
    void commandLengthBelowSixteenIsFatalWithoutHeader() {
        for (int length : new int[] {0, 1, 15}) {
            byte[] frame = Frames.of(CommandId.ENQUIRE_LINK, SEQ).commandLength(length).build();
            PduDecodeException e = frameFails(frame);
            assertEquals(ESME_RINVCMDLEN, e.getCommandStatus());
            assertFalse(e.canContinue(), "stream must close");
            assertFalse(e.isHeaderRead(), "the rest of a too-short header means nothing");
            assertInstanceOf(GenericNack.class, e.answer());
            assertEquals(ESME_RINVCMDLEN, e.answer().getCommandStatus());

            PduDecodeException d = decodeFails(frame);
            assertEquals(ESME_RINVCMDLEN, d.getCommandStatus());
            assertFalse(d.canContinue());
            assertFalse(d.isHeaderRead());
        }
        PduDecodeException tiny = assertThrows(PduDecodeException.class, () -> codec.decode(new byte[] {0, 0}, 0, 2));
        assertFalse(tiny.isHeaderRead());
        assertFalse(tiny.canContinue());
    }

    @Test
    void commandLengthAboveTheMaximumIsFatalButNamesThePdu() {
        for (int length : new int[] {1001, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF}) {
            byte[] frame = Frames.of(CommandId.SUBMIT_SM, SEQ).commandLength(length).build();
            for (PduDecodeException e : new PduDecodeException[] {frameFails(frame), decodeFails(frame)}) {
                assertEquals(ESME_RINVCMDLEN, e.getCommandStatus());
                assertFalse(e.canContinue());
                assertTrue(e.isHeaderRead());
                assertEquals(CommandId.SUBMIT_SM, e.getCommandId());
                assertEquals(SEQ, e.getSequenceNumber());
                Pdu answer = e.answer();
                assertInstanceOf(GenericNack.class, answer);
                assertEquals(SEQ, answer.getSequenceNumber());
            }
        }
    }

    @Test
    void unknownCommandIdIsSkippableAndAnsweredWithGenericNack() {
        for (int id : new int[] {0x00000000, 0x0000000A, 0x00000111, 0x80000111, 0x7FFFFFFF}) {
            byte[] frame = Frames.of(id, SEQ).u8(1, 2, 3).build();
            PduDecodeException e = decodeFails(frame);
            assertSkippable(e, ESME_RINVCMDID, id);
            GenericNack nack = (GenericNack) e.answer();
            assertEquals(ESME_RINVCMDID, nack.getCommandStatus());
            assertEquals(SEQ, nack.getSequenceNumber());
            assertSkippable(frameFails(frame), ESME_RINVCMDID, id);
        }
    }

    @Test
    void cStringsLongerThanTheSpecAllowsGetTheFieldsStatus() {
        int sm = CommandId.SUBMIT_SM;
        assertBodyError(Frames.of(sm, SEQ).smPrefix("1".repeat(21), "2").u8(0).build(), ESME_RINVSRCADR, sm, "source_addr");
        assertBodyError(Frames.of(sm, SEQ).smPrefix("1", "2".repeat(21)).u8(0).build(), ESME_RINVDSTADR, sm, "destination_addr");
        assertBodyError(Frames.of(sm, SEQ).cstr("ABCDEF").build(), ESME_RINVSERTYP, sm, "service_type");
        int bind = CommandId.BIND_TRANSMITTER;
        assertBodyError(Frames.of(bind, SEQ).cstr("s".repeat(16)).cstr("").cstr("").u8(0x34, 0, 0).cstr("").build(),
                ESME_RINVSYSID, bind, "system_id");
        assertBodyError(Frames.of(bind, SEQ).cstr("sys").cstr("p".repeat(9)).cstr("").u8(0x34, 0, 0).cstr("").build(),
                ESME_RINVPASWD, bind, "password");
        assertBodyError(Frames.of(bind, SEQ).cstr("sys").cstr("pw").cstr("t".repeat(13)).u8(0x34, 0, 0).cstr("").build(),
                ESME_RINVSYSTYP, bind, "system_type");
        int resp = CommandId.SUBMIT_SM_RESP;
        assertBodyError(Frames.of(resp, SEQ).cstr("m".repeat(65)).build(), ESME_RINVMSGID, resp, "message_id");
        int data = CommandId.DATA_SM;
        assertBodyError(Frames.of(data, SEQ).cstr("").u8(1, 1).cstr("1".repeat(65)).build(), ESME_RINVSRCADR, data, "source_addr");
        int multi = CommandId.SUBMIT_MULTI;
        assertBodyError(Frames.of(multi, SEQ).cstr("").u8(1, 1).cstr("1").u8(1, 2).cstr("d".repeat(21)).build(),
                ESME_RINVDLNAME, multi, "dl_name");
    }

    @Test
    void timeFieldsMustBeEmptyOrSixteenCharacters() {
        int sm = CommandId.SUBMIT_SM;
        byte[] schedule = Frames.of(sm, SEQ).cstr("").u8(1, 1).cstr("1").u8(1, 1).cstr("2").u8(0, 0, 0)
                .cstr("2501011200000").cstr("").u8(0, 0, 0, 0, 0).build();
        assertBodyError(schedule, ESME_RINVSCHED, sm, "schedule_delivery_time");
        byte[] validity = Frames.of(sm, SEQ).cstr("").u8(1, 1).cstr("1").u8(1, 1).cstr("2").u8(0, 0, 0)
                .cstr("").cstr("0".repeat(17)).u8(0, 0, 0, 0, 0).build();
        assertBodyError(validity, ESME_RINVEXPIRY, sm, "validity_period");
    }

    @Test
    void unterminatedCStringAtTheEndOfTheBodyIsACommandLengthError() {
        int sm = CommandId.SUBMIT_SM;
        assertBodyError(Frames.of(sm, SEQ).cstr("").u8(1, 1).raw("4477").build(), ESME_RINVCMDLEN, sm, "source_addr");
        int bind = CommandId.BIND_RECEIVER;
        assertBodyError(Frames.of(bind, SEQ).raw("sys").build(), ESME_RINVCMDLEN, bind, "system_id");
    }

    @Test
    void bodyShorterThanItsFieldsIsACommandLengthError() {
        int sm = CommandId.SUBMIT_SM;
        assertBodyError(Frames.of(sm, SEQ).cstr("").u8(1, 1).cstr("1").u8(1).build(), ESME_RINVCMDLEN, sm, "dest_addr_npi");
        assertBodyError(Frames.of(sm, SEQ).smPrefix("1", "2").build(), ESME_RINVCMDLEN, sm, "sm_length");
        int multiResp = CommandId.SUBMIT_MULTI_RESP;
        assertBodyError(Frames.of(multiResp, SEQ).cstr("id").u8(1, 1, 1).cstr("447").u8(0, 0).build(), ESME_RINVCMDLEN,
                multiResp, "error_status_code");
        int query = CommandId.QUERY_SM;
        assertBodyError(Frames.of(query, SEQ).cstr("id").build(), ESME_RINVCMDLEN, query, "source_addr_ton");
    }

    @Test
    void shortMessageLongerThanItsRoomOrTheSpecIsAMessageLengthError() {
        int sm = CommandId.SUBMIT_SM;
        assertBodyError(Frames.of(sm, SEQ).smPrefix("1", "2").u8(10).raw("short").build(), ESME_RINVMSGLEN, sm, "sm_length");
        assertBodyError(Frames.of(sm, SEQ).smPrefix("1", "2").u8(255).bytes(new byte[255]).build(), ESME_RINVMSGLEN, sm,
                "sm_length");
        int replace = CommandId.REPLACE_SM;
        assertBodyError(Frames.of(replace, SEQ).cstr("id").u8(1, 1).cstr("1").cstr("").cstr("").u8(0, 0).u8(3).build(),
                ESME_RINVMSGLEN, replace, "sm_length");
    }

    @Test
    void bytesLeftOverAfterAHeaderOnlyBodyAreACommandLengthError() {
        assertBodyError(Frames.of(CommandId.ENQUIRE_LINK, SEQ).u8(0).build(), ESME_RINVCMDLEN, CommandId.ENQUIRE_LINK, "left over");
        assertBodyError(Frames.of(CommandId.UNBIND_RESP, SEQ).u8(0, 0x04, 0x27, 0, 1, 1).build(), ESME_RINVCMDLEN,
                CommandId.UNBIND_RESP, "left over");
    }

    @Test
    void moreOctetsThanCommandLengthGivenToDecodeIsFatal() {
        byte[] frame = Frames.of(CommandId.ENQUIRE_LINK, SEQ).commandLength(16).u8(0, 0).build();
        PduDecodeException e = decodeFails(frame);
        assertEquals(ESME_RINVCMDLEN, e.getCommandStatus());
        assertFalse(e.canContinue());
        byte[] cut = Frames.of(CommandId.ENQUIRE_LINK, SEQ).commandLength(20).build();
        assertFalse(decodeFails(cut).canContinue());
    }

    @Test
    void tlvRunningPastThePduOrCutShortIsAnOptionalParameterStreamError() {
        int dl = CommandId.DELIVER_SM;
        byte[] past = Frames.of(dl, SEQ).smPrefix("1", "2").u8(0).u16(Tag.MESSAGE_PAYLOAD.code()).u16(100).raw("only ten..").build();
        assertBodyError(past, ESME_RINVOPTPARSTREAM, dl, "message_payload");
        byte[] header = Frames.of(dl, SEQ).smPrefix("1", "2").u8(0).tlv(Tag.MESSAGE_STATE.code(), (byte) 2).u8(0x04, 0x27).build();
        assertBodyError(header, ESME_RINVOPTPARSTREAM, dl, "TLV header");
        byte[] oneOctet = Frames.of(CommandId.SUBMIT_SM_RESP, SEQ).cstr("id").u8(7).build();
        assertBodyError(oneOctet, ESME_RINVOPTPARSTREAM, CommandId.SUBMIT_SM_RESP, "TLV header");
    }

    @Test
    void standardTlvWithALengthTheSpecForbidsIsAParameterLengthErrorUnlessLenient() throws Exception {
        int dl = CommandId.DELIVER_SM;
        byte[] frame = Frames.of(dl, SEQ).smPrefix("1", "2").u8(0).tlv(Tag.SAR_MSG_REF_NUM.code(), (byte) 1).build();
        assertBodyError(frame, ESME_RINVPARLEN, dl, "sar_msg_ref_num");
        byte[] tooLong = Frames.of(dl, SEQ).smPrefix("1", "2").u8(0).tlv(Tag.RECEIPTED_MESSAGE_ID.code(), new byte[66]).build();
        assertBodyError(tooLong, ESME_RINVPARLEN, dl, "receipted_message_id");

        PduCodec lenient = new PduCodec(1000, false);
        DeliverSm pdu = (DeliverSm) lenient.decode(frame, 0, frame.length);
        assertEquals(1, pdu.getTlvs().getInt(Tag.SAR_MSG_REF_NUM, -1));
        assertArrayEquals(frame, lenient.encode(pdu), "kept as it came");
    }

    @Test
    void submitMultiDestinationErrors() {
        int multi = CommandId.SUBMIT_MULTI;
        assertBodyError(Frames.of(multi, SEQ).cstr("").u8(1, 1).cstr("1").u8(0).build(), ESME_RINVNUMDESTS, multi, "number_of_dests");
        assertBodyError(Frames.of(multi, SEQ).cstr("").u8(1, 1).cstr("1").u8(255).build(), ESME_RINVNUMDESTS, multi,
                "number_of_dests");
        assertBodyError(Frames.of(multi, SEQ).cstr("").u8(1, 1).cstr("1").u8(1, 3).build(), ESME_RINVDESTFLAG, multi, "dest_flag");
        assertBodyError(Frames.of(multi, SEQ).cstr("").u8(1, 1).cstr("1").u8(200, 1, 1, 1).cstr("4").build(), ESME_RINVCMDLEN,
                multi, "dest_flag");
    }

    @Test
    void answerIsTheRequestsOwnResponseWithTheStatus() {
        byte[] frame = Frames.of(CommandId.SUBMIT_SM, SEQ).smPrefix("1".repeat(30), "2").u8(0).build();
        Pdu answer = decodeFails(frame).answer();
        assertInstanceOf(SubmitSmResp.class, answer);
        assertEquals(ESME_RINVSRCADR, answer.getCommandStatus());
        assertEquals(SEQ, answer.getSequenceNumber());

        byte[] bind = Frames.of(CommandId.BIND_TRANSCEIVER, SEQ).cstr("s".repeat(20)).build();
        assertInstanceOf(BindTransceiverResp.class, decodeFails(bind).answer());
    }

    @Test
    void badResponsesAndUnansweredCommandsGetNoAnswer() {
        assertNull(decodeFails(Frames.of(CommandId.SUBMIT_SM_RESP, SEQ).cstr("m".repeat(80)).build()).answer());
        assertNull(decodeFails(Frames.of(CommandId.ENQUIRE_LINK_RESP, SEQ).u8(1).build()).answer());
        assertNull(decodeFails(Frames.of(CommandId.OUTBIND, SEQ).cstr("s".repeat(20)).build()).answer());
        assertNull(decodeFails(Frames.of(CommandId.ALERT_NOTIFICATION, SEQ).u8(1).build()).answer());
    }

    @Test
    void responsesWithoutABodyAreAccepted() throws Exception {
        for (int id : new int[] {CommandId.SUBMIT_SM_RESP, CommandId.DELIVER_SM_RESP, CommandId.DATA_SM_RESP,
                CommandId.BIND_TRANSMITTER_RESP, CommandId.BIND_RECEIVER_RESP, CommandId.BIND_TRANSCEIVER_RESP,
                CommandId.QUERY_SM_RESP, CommandId.SUBMIT_MULTI_RESP}) {
            byte[] frame = Frames.of(id, ESME_RTHROTTLED, SEQ).build();
            PduResponse resp = (PduResponse) codec.decode(frame, 0, frame.length);
            assertEquals(ESME_RTHROTTLED, resp.getCommandStatus());
            assertEquals(SEQ, resp.getSequenceNumber());
            assertEquals(id, resp.getCommandId());
        }
    }

    @Test
    void errorsCarryNoStackTraceAndDescribeThemselves() {
        PduDecodeException e = decodeFails(Frames.of(0x777, SEQ).build());
        assertEquals(0, e.getStackTrace().length);
        assertTrue(e.toString().contains("ESME_RINVCMDID"), e.toString());
        assertTrue(e.toString().contains("seq=16909060"), e.toString());
    }
}
