package org.smppconnector.smpp.pdu;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Byte vectors worked out by hand from the SMPP 3.4 field tables (sections 3.2, 4.1, 4.4.1,
 * 4.6.1, 4.11.1, 5.3.2), one commented line per field. Each is checked both ways: our encoding
 * equals the vector, and decoding the vector gives the fields.
 */
class GoldenVectorTest {

    private final PduCodec codec = new PduCodec();

    static final String ENQUIRE_LINK = """
            00 00 00 10   // command_length 16: header only
            00 00 00 15   // command_id enquire_link
            00 00 00 00   // command_status 0
            00 00 00 01   // sequence_number 1
            """;

    static final String BIND_TRANSCEIVER = """
            00 00 00 2D                          // command_length 45 = 16 + 29
            00 00 00 09                          // command_id bind_transceiver
            00 00 00 00                          // command_status 0
            00 00 00 01                          // sequence_number 1
            73 6D 70 70 63 6C 69 65 6E 74 31 00  // system_id "smppclient1" NUL (12)
            70 61 73 73 77 6F 72 64 00           // password "password" NUL (9)
            43 4D 54 00                          // system_type "CMT" NUL (4)
            34                                   // interface_version 0x34 (SMPP 3.4)
            01                                   // addr_ton 1 international
            01                                   // addr_npi 1 ISDN
            00                                   // address_range "" (NUL only)
            """;

    static final String BIND_TRANSCEIVER_RESP = """
            00 00 00 1A      // command_length 26 = 16 + 5 + 5
            80 00 00 09      // command_id bind_transceiver_resp
            00 00 00 00      // command_status ESME_ROK
            00 00 00 01      // sequence_number 1 (the bind's)
            53 4D 53 43 00   // system_id "SMSC" NUL (5)
            02 10            // TLV tag sc_interface_version 0x0210
            00 01            // TLV length 1
            34               // TLV value 0x34
            """;

    static final String SUBMIT_SM = """
            00 00 00 39                                  // command_length 57 = 16 + 41
            00 00 00 04                                  // command_id submit_sm
            00 00 00 00                                  // command_status 0
            00 00 00 02                                  // sequence_number 2
            00                                           // service_type "" (default)
            05                                           // source_addr_ton 5 alphanumeric
            00                                           // source_addr_npi 0 unknown
            4D 79 42 72 61 6E 64 00                      // source_addr "MyBrand" NUL (8)
            01                                           // dest_addr_ton 1 international
            01                                           // dest_addr_npi 1 ISDN
            34 34 37 37 30 30 39 30 30 31 32 33 00       // destination_addr "447700900123" NUL (13)
            00                                           // esm_class 0 default mode and type
            00                                           // protocol_id 0
            00                                           // priority_flag 0
            00                                           // schedule_delivery_time "" (immediate)
            00                                           // validity_period "" (SMSC default)
            01                                           // registered_delivery 1: receipt on final state
            00                                           // replace_if_present_flag 0
            00                                           // data_coding 0 SMSC default alphabet
            00                                           // sm_default_msg_id 0
            05                                           // sm_length 5
            48 65 6C 6C 6F                               // short_message "Hello"
            """;

    static final String RECEIPT_TEXT = "id:1a2b3c sub:001 dlvrd:001 submit date:2501011200 done date:2501011201"
            + " stat:DELIVRD err:000 text:Hello";

    static final String DELIVER_SM_RECEIPT = """
            00 00 00 AB                                  // command_length 171 = 16 + 155
            00 00 00 05                                  // command_id deliver_sm
            00 00 00 00                                  // command_status 0
            00 00 00 07                                  // sequence_number 7
            00                                           // service_type ""
            01                                           // source_addr_ton 1 (the handset)
            01                                           // source_addr_npi 1
            34 34 37 37 30 30 39 30 30 31 32 33 00       // source_addr "447700900123" NUL (13)
            05                                           // dest_addr_ton 5 (our sender id)
            00                                           // dest_addr_npi 0
            4D 79 42 72 61 6E 64 00                      // destination_addr "MyBrand" NUL (8)
            04                                           // esm_class 0x04 SMSC delivery receipt
            00                                           // protocol_id 0
            00                                           // priority_flag 0
            00                                           // schedule_delivery_time "" (must be NULL)
            00                                           // validity_period "" (must be NULL)
            00                                           // registered_delivery 0
            00                                           // replace_if_present_flag 0 (unused)
            00                                           // data_coding 0
            00                                           // sm_default_msg_id 0 (unused)
            67                                           // sm_length 103
            69 64 3A 31 61 32 62 33 63                   // "id:1a2b3c" (9)
            20 73 75 62 3A 30 30 31                      // " sub:001" (8, 17)
            20 64 6C 76 72 64 3A 30 30 31                // " dlvrd:001" (10, 27)
            20 73 75 62 6D 69 74 20 64 61 74 65 3A       // " submit date:" (13)
            32 35 30 31 30 31 31 32 30 30                // "2501011200" (10, 50)
            20 64 6F 6E 65 20 64 61 74 65 3A             // " done date:" (11)
            32 35 30 31 30 31 31 32 30 31                // "2501011201" (10, 71)
            20 73 74 61 74 3A 44 45 4C 49 56 52 44       // " stat:DELIVRD" (13, 84)
            20 65 72 72 3A 30 30 30                      // " err:000" (8, 92)
            20 74 65 78 74 3A 48 65 6C 6C 6F             // " text:Hello" (11, 103)
            00 1E                                        // TLV tag receipted_message_id 0x001E
            00 07                                        // TLV length 7
            31 61 32 62 33 63 00                         // "1a2b3c" NUL
            04 27                                        // TLV tag message_state 0x0427
            00 01                                        // TLV length 1
            02                                           // DELIVERED
            """;

    @Test
    void enquireLink() throws Exception {
        EnquireLink pdu = new EnquireLink();
        pdu.setSequenceNumber(1);
        assertEncodesTo(ENQUIRE_LINK, pdu);

        EnquireLink decoded = (EnquireLink) decode(ENQUIRE_LINK);
        assertEquals(1, decoded.getSequenceNumber());
        assertEquals(0, decoded.getCommandStatus());
        assertFalse(decoded.hasTlvs());
    }

    @Test
    void bindTransceiver() throws Exception {
        BindTransceiver pdu = new BindTransceiver();
        pdu.setSequenceNumber(1);
        pdu.setSystemId("smppclient1");
        pdu.setPassword("password");
        pdu.setSystemType("CMT");
        pdu.setInterfaceVersion(BaseBind.VERSION_3_4);
        pdu.setAddrTon(1);
        pdu.setAddrNpi(1);
        assertEncodesTo(BIND_TRANSCEIVER, pdu);

        BindTransceiver decoded = (BindTransceiver) decode(BIND_TRANSCEIVER);
        assertEquals(1, decoded.getSequenceNumber());
        assertEquals("smppclient1", decoded.getSystemId());
        assertEquals("password", decoded.getPassword());
        assertEquals("CMT", decoded.getSystemType());
        assertEquals(0x34, decoded.getInterfaceVersion());
        assertEquals(1, decoded.getAddrTon());
        assertEquals(1, decoded.getAddrNpi());
        assertEquals("", decoded.getAddressRange());
    }

    @Test
    void bindTransceiverRespWithScInterfaceVersion() throws Exception {
        BindTransceiver bind = (BindTransceiver) decode(BIND_TRANSCEIVER);
        BindTransceiverResp pdu = bind.createResponse();
        pdu.setSystemId("SMSC");
        pdu.setScInterfaceVersion(0x34);
        assertEncodesTo(BIND_TRANSCEIVER_RESP, pdu);

        BindTransceiverResp decoded = (BindTransceiverResp) decode(BIND_TRANSCEIVER_RESP);
        assertEquals(1, decoded.getSequenceNumber());
        assertTrue(decoded.isOk());
        assertEquals(CommandId.BIND_TRANSCEIVER, decoded.getRequestCommandId());
        assertEquals("SMSC", decoded.getSystemId());
        assertEquals(0x34, decoded.getScInterfaceVersion());
        assertEquals(0x34, decoded.getTlvs().getInt(Tag.SC_INTERFACE_VERSION, -1));
        assertEquals(1, decoded.getTlvs().size());
    }

    @Test
    void submitSm() throws Exception {
        SubmitSm pdu = new SubmitSm();
        pdu.setSequenceNumber(2);
        pdu.setSource(5, 0, "MyBrand");
        pdu.setDestination(1, 1, "447700900123");
        pdu.setRegisteredDelivery(1);
        pdu.setShortMessage("Hello".getBytes(StandardCharsets.US_ASCII));
        assertEncodesTo(SUBMIT_SM, pdu);

        SubmitSm decoded = (SubmitSm) decode(SUBMIT_SM);
        assertEquals(2, decoded.getSequenceNumber());
        assertEquals("", decoded.getServiceType());
        assertEquals(5, decoded.getSourceAddrTon());
        assertEquals(0, decoded.getSourceAddrNpi());
        assertEquals("MyBrand", decoded.getSourceAddr());
        assertEquals(1, decoded.getDestAddrTon());
        assertEquals(1, decoded.getDestAddrNpi());
        assertEquals("447700900123", decoded.getDestinationAddr());
        assertEquals(0, decoded.getEsmClass());
        assertEquals(0, decoded.getProtocolId());
        assertEquals(0, decoded.getPriorityFlag());
        assertEquals("", decoded.getScheduleDeliveryTime());
        assertEquals("", decoded.getValidityPeriod());
        assertEquals(1, decoded.getRegisteredDelivery());
        assertEquals(0, decoded.getReplaceIfPresentFlag());
        assertEquals(0, decoded.getDataCoding());
        assertEquals(0, decoded.getSmDefaultMsgId());
        assertEquals("Hello", new String(decoded.getShortMessage(), StandardCharsets.US_ASCII));
        assertFalse(decoded.hasTlvs());
    }

    @Test
    void deliverSmReceipt() throws Exception {
        assertEquals(103, RECEIPT_TEXT.length());
        DeliverSm pdu = new DeliverSm();
        pdu.setSequenceNumber(7);
        pdu.setSource(1, 1, "447700900123");
        pdu.setDestination(5, 0, "MyBrand");
        pdu.setEsmClass(DeliverSm.ESM_CLASS_DELIVERY_RECEIPT);
        pdu.setShortMessage(RECEIPT_TEXT.getBytes(StandardCharsets.US_ASCII));
        pdu.getTlvs().putString(Tag.RECEIPTED_MESSAGE_ID, "1a2b3c").putInt(Tag.MESSAGE_STATE, 2);
        assertEncodesTo(DELIVER_SM_RECEIPT, pdu);

        DeliverSm decoded = (DeliverSm) decode(DELIVER_SM_RECEIPT);
        assertEquals(7, decoded.getSequenceNumber());
        assertTrue(decoded.isDeliveryReceipt());
        assertEquals(0x04, decoded.getEsmClass());
        assertEquals(1, decoded.getSourceAddrTon());
        assertEquals(1, decoded.getSourceAddrNpi());
        assertEquals("447700900123", decoded.getSourceAddr());
        assertEquals(5, decoded.getDestAddrTon());
        assertEquals(0, decoded.getDestAddrNpi());
        assertEquals("MyBrand", decoded.getDestinationAddr());
        assertEquals(RECEIPT_TEXT, new String(decoded.getShortMessage(), StandardCharsets.US_ASCII));
        assertEquals("1a2b3c", decoded.getTlvs().getString(Tag.RECEIPTED_MESSAGE_ID));
        assertEquals(2, decoded.getTlvs().getInt(Tag.MESSAGE_STATE, -1));
        assertEquals(2, decoded.getTlvs().size());

        DeliverSmResp resp = decoded.createResponse();
        assertEquals(7, resp.getSequenceNumber());
        assertEquals(CommandId.DELIVER_SM_RESP, resp.getCommandId());
    }

    private Pdu decode(String vector) throws PduDecodeException {
        byte[] bytes = Hex.parse(vector);
        return codec.decode(bytes, 0, bytes.length);
    }

    private void assertEncodesTo(String vector, Pdu pdu) {
        byte[] expected = Hex.parse(vector);
        assertEquals(PduDecoder.int32(expected, 0), expected.length, "the vector's own command_length");
        assertEquals(Hex.format(expected), Hex.format(codec.encode(pdu)));
    }
}
