package org.smppconnector.smpp.pdu;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommandTablesTest {

    private final PduCodec codec = new PduCodec();

    @Test
    void statusTableHasTheSpecNamesAndValues() {
        assertEquals(0x00, CommandStatus.ESME_ROK);
        assertEquals("ESME_ROK", CommandStatus.name(0x00));
        assertEquals("ESME_RINVMSGLEN", CommandStatus.name(0x01));
        assertEquals("ESME_RINVCMDLEN", CommandStatus.name(0x02));
        assertEquals("ESME_RINVCMDID", CommandStatus.name(0x03));
        assertEquals("ESME_RINVBNDSTS", CommandStatus.name(0x04));
        assertEquals("ESME_RALYBND", CommandStatus.name(0x05));
        assertEquals("ESME_RSYSERR", CommandStatus.name(0x08));
        assertEquals("ESME_RINVSRCADR", CommandStatus.name(0x0A));
        assertEquals("ESME_RBINDFAIL", CommandStatus.name(0x0D));
        assertEquals("ESME_RINVPASWD", CommandStatus.name(0x0E));
        assertEquals("ESME_RMSGQFUL", CommandStatus.name(0x14));
        assertEquals("ESME_RTHROTTLED", CommandStatus.name(0x58));
        assertEquals("ESME_RX_T_APPN", CommandStatus.name(0x64));
        assertEquals("ESME_RX_P_APPN", CommandStatus.name(0x65));
        assertEquals("ESME_RX_R_APPN", CommandStatus.name(0x66));
        assertEquals("ESME_RQUERYFAIL", CommandStatus.name(0x67));
        assertEquals("ESME_RINVOPTPARSTREAM", CommandStatus.name(0xC0));
        assertEquals("ESME_RINVPARLEN", CommandStatus.name(0xC2));
        assertEquals("ESME_RDELIVERYFAILURE", CommandStatus.name(0xFE));
        assertEquals("ESME_RUNKNOWNERR", CommandStatus.name(0xFF));
        assertEquals("ESME_RINVBCASTCHANIND", CommandStatus.name(0x112));
        assertEquals("Throttling error (ESME has exceeded allowed message limits)", CommandStatus.description(0x58));
        assertEquals("reserved 0x00000009", CommandStatus.name(0x09));
        assertEquals("vendor-specific 0x00000401", CommandStatus.name(0x401));
        assertNull(CommandStatus.description(0x401));
        assertFalse(CommandStatus.isKnown(0x09));
        // 48 codes in 3.4 section 5.1.3 plus 19 from 5.0, all distinct and ascending.
        int[] all = CommandStatus.all();
        assertEquals(67, all.length);
        for (int i = 1; i < all.length; i++) {
            assertTrue(all[i - 1] < all[i]);
        }
        for (int value : all) {
            assertTrue(CommandStatus.name(value).startsWith("ESME_R"));
            assertNotNull(CommandStatus.description(value));
        }
    }

    @Test
    void commandIdTable() {
        assertEquals("submit_sm", CommandId.name(0x00000004));
        assertEquals("generic_nack", CommandId.name(0x80000000));
        assertEquals("command_id 0x00000111", CommandId.name(0x111));
        assertTrue(CommandId.isResponse(CommandId.DATA_SM_RESP));
        assertFalse(CommandId.isResponse(CommandId.OUTBIND));
        assertEquals(CommandId.QUERY_SM_RESP, CommandId.responseOf(CommandId.QUERY_SM));
        Set<Integer> ids = new HashSet<>();
        for (int id : CommandId.all()) {
            assertTrue(ids.add(id));
            Pdu pdu = Pdus.newPdu(id);
            assertEquals(id, pdu.getCommandId());
            assertEquals(CommandId.name(id), pdu.getName());
        }
        assertEquals(27, ids.size());
    }

    @Test
    void everyRequestKnowsItsResponseAndEveryResponseItsRequest() {
        int requests = 0;
        for (int id : CommandId.all()) {
            Pdu pdu = Pdus.newPdu(id);
            if (pdu instanceof PduRequest) {
                requests++;
                PduRequest<?> request = (PduRequest<?>) pdu;
                request.setSequenceNumber(77);
                PduResponse response = request.createResponse(CommandStatus.ESME_RTHROTTLED);
                assertEquals(request.getResponseCommandId(), response.getCommandId());
                assertEquals(id, response.getRequestCommandId());
                assertEquals(77, response.getSequenceNumber());
                assertEquals(CommandStatus.ESME_RTHROTTLED, response.getCommandStatus());
                assertFalse(response.isOk());
                assertTrue(request.expectsResponse());
            } else if (!pdu.isResponse()) {
                assertFalse(pdu.expectsResponse(), pdu.getName());
            }
        }
        assertEquals(12, requests); // the 3 binds, unbind, submit_sm, submit_multi, deliver_sm, data_sm, query, cancel, replace, enquire_link
        assertFalse(new Outbind().expectsResponse());
        assertFalse(new AlertNotification().expectsResponse());
        assertEquals(0, new GenericNack().getRequestCommandId());
    }

    @Test
    void smpp50BindingAndTlvs() throws Exception {
        BindTransceiver bind = new BindTransceiver();
        bind.setInterfaceVersion(BaseBind.VERSION_5_0);
        byte[] wire = codec.encode(bind);
        assertEquals(0x50, ((BindTransceiver) codec.decode(wire, 0, wire.length)).getInterfaceVersion());

        BindTransceiverResp resp = bind.createResponse();
        resp.setScInterfaceVersion(BaseBind.VERSION_5_0);
        wire = codec.encode(resp);
        assertEquals(0x50, ((BindTransceiverResp) codec.decode(wire, 0, wire.length)).getScInterfaceVersion());
        assertEquals(-1, new BindTransceiverResp().getScInterfaceVersion(), "absent: an SMPP 3.3 SMSC");

        SubmitSmResp submitResp = new SubmitSmResp();
        submitResp.setMessageId("1");
        submitResp.getTlvs().putInt(Tag.CONGESTION_STATE, 85).putString(Tag.DEST_NETWORK_ID, "net")
                .putBytes(Tag.DEST_NODE_ID, "123456".getBytes());
        wire = codec.encode(submitResp);
        Tlvs tlvs = codec.decode(wire, 0, wire.length).getTlvs();
        assertEquals(85, tlvs.getInt(Tag.CONGESTION_STATE, -1));
        assertEquals("net", tlvs.getString(Tag.DEST_NETWORK_ID));
    }

    @Test
    void deliverSmKnowsAReceiptFromAnMo() {
        DeliverSm sm = new DeliverSm();
        assertFalse(sm.isDeliveryReceipt());
        sm.setEsmClass(0x04);
        assertTrue(sm.isDeliveryReceipt());
        sm.setEsmClass(0x44); // receipt with UDHI
        assertTrue(sm.isDeliveryReceipt());
        sm.setEsmClass(0x08); // SME delivery acknowledgement
        assertFalse(sm.isDeliveryReceipt());
    }

    @Test
    void toStringHidesPasswords() {
        BindTransmitter bind = new BindTransmitter();
        bind.setPassword("secret");
        assertFalse(bind.toString().contains("secret"));
        Outbind outbind = new Outbind();
        outbind.setPassword("secret");
        assertFalse(outbind.toString().contains("secret"));
    }
}
