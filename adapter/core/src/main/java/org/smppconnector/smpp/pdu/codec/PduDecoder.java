package org.smppconnector.smpp.pdu.codec;

import static org.smppconnector.smpp.pdu.CommandId.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.smppconnector.smpp.pdu.*;

/**
 * Reads the body of one frame whose command_length was already checked. One instance per frame:
 * it is the cursor, and it knows the header so that every error names the PDU it is about.
 * Every read is bounds-checked against the frame; every failure is a {@link PduDecodeException}.
 */
final class PduDecoder {

    private static final byte[] NO_BYTES = new byte[0];
    private static final int MAX_SHORT_MESSAGE = 254;
    private static final int MAX_DESTS = 254;

    private final byte[] b;
    private int p;
    private final int end;
    private final int commandId;
    private final int sequenceNumber;

    private PduDecoder(byte[] b, int bodyStart, int end, int commandId, int sequenceNumber) {
        this.b = b;
        this.p = bodyStart;
        this.end = end;
        this.commandId = commandId;
        this.sequenceNumber = sequenceNumber;
    }

    /**
     * Decodes the frame {@code b[offset, offset + commandLength)}; commandLength is known to be
     * valid (at least 16 and within the codec's limit) and all its octets present.
     */
    static Pdu decodeFrame(byte[] b, int offset, int commandLength, boolean strictTlvLengths) throws PduDecodeException {
        int id = int32(b, offset + 4);
        int seq = int32(b, offset + 12);
        Pdu pdu = Pdus.newPdu(id);
        if (pdu == null) {
            throw new PduDecodeException("unknown " + CommandId.name(id), CommandStatus.ESME_RINVCMDID, true, true, id, seq);
        }
        pdu.setCommandStatus(int32(b, offset + 8));
        pdu.setSequenceNumber(seq);
        PduDecoder d = new PduDecoder(b, offset + PduEncoder.HEADER_LENGTH, offset + commandLength, id, seq);
        d.readBody(pdu);
        if (d.p < d.end) {
            if (!pdu.allowsTlvs()) {
                throw d.error(CommandStatus.ESME_RINVCMDLEN, (d.end - d.p) + " octet(s) left over after the body");
            }
            d.readTlvs(pdu, strictTlvLengths);
        }
        return pdu;
    }

    private void readBody(Pdu pdu) throws PduDecodeException {
        switch (commandId) {
            case SUBMIT_SM:
            case DELIVER_SM:
                readSm((BaseSm<?>) pdu);
                return;
            case SUBMIT_SM_RESP:
            case DELIVER_SM_RESP:
            case DATA_SM_RESP:
                if (p < end) { // peers leave the body out of error responses, as the spec says
                    ((BaseSmResp) pdu).setMessageId(cstring(Field.MESSAGE_ID));
                }
                return;
            case DATA_SM: {
                DataSm d = (DataSm) pdu;
                d.setServiceType(cstring(Field.SERVICE_TYPE));
                d.setSourceAddrTon(u8("source_addr_ton"));
                d.setSourceAddrNpi(u8("source_addr_npi"));
                d.setSourceAddr(cstring(Field.SOURCE_ADDR_65));
                d.setDestAddrTon(u8("dest_addr_ton"));
                d.setDestAddrNpi(u8("dest_addr_npi"));
                d.setDestinationAddr(cstring(Field.DESTINATION_ADDR_65));
                d.setEsmClass(u8("esm_class"));
                d.setRegisteredDelivery(u8("registered_delivery"));
                d.setDataCoding(u8("data_coding"));
                return;
            }
            case BIND_TRANSMITTER:
            case BIND_RECEIVER:
            case BIND_TRANSCEIVER: {
                BaseBind<?> bind = (BaseBind<?>) pdu;
                bind.setSystemId(cstring(Field.SYSTEM_ID));
                bind.setPassword(cstring(Field.PASSWORD));
                bind.setSystemType(cstring(Field.SYSTEM_TYPE));
                bind.setInterfaceVersion(u8("interface_version"));
                bind.setAddrTon(u8("addr_ton"));
                bind.setAddrNpi(u8("addr_npi"));
                bind.setAddressRange(cstring(Field.ADDRESS_RANGE));
                return;
            }
            case BIND_TRANSMITTER_RESP:
            case BIND_RECEIVER_RESP:
            case BIND_TRANSCEIVER_RESP:
                if (p < end) {
                    ((BaseBindResp) pdu).setSystemId(cstring(Field.SYSTEM_ID));
                }
                return;
            case OUTBIND: {
                Outbind o = (Outbind) pdu;
                o.setSystemId(cstring(Field.SYSTEM_ID));
                o.setPassword(cstring(Field.PASSWORD));
                return;
            }
            case SUBMIT_MULTI:
                readSubmitMulti((SubmitMulti) pdu);
                return;
            case SUBMIT_MULTI_RESP:
                if (p < end) {
                    readSubmitMultiResp((SubmitMultiResp) pdu);
                }
                return;
            case QUERY_SM: {
                QuerySm q = (QuerySm) pdu;
                q.setMessageId(cstring(Field.MESSAGE_ID));
                q.setSourceAddrTon(u8("source_addr_ton"));
                q.setSourceAddrNpi(u8("source_addr_npi"));
                q.setSourceAddr(cstring(Field.SOURCE_ADDR));
                return;
            }
            case QUERY_SM_RESP:
                if (p < end) {
                    QuerySmResp q = (QuerySmResp) pdu;
                    q.setMessageId(cstring(Field.MESSAGE_ID));
                    q.setFinalDate(cstring(Field.FINAL_DATE));
                    q.setMessageState(u8("message_state"));
                    q.setErrorCode(u8("error_code"));
                }
                return;
            case CANCEL_SM: {
                CancelSm c = (CancelSm) pdu;
                c.setServiceType(cstring(Field.SERVICE_TYPE));
                c.setMessageId(cstring(Field.MESSAGE_ID));
                c.setSourceAddrTon(u8("source_addr_ton"));
                c.setSourceAddrNpi(u8("source_addr_npi"));
                c.setSourceAddr(cstring(Field.SOURCE_ADDR));
                c.setDestAddrTon(u8("dest_addr_ton"));
                c.setDestAddrNpi(u8("dest_addr_npi"));
                c.setDestinationAddr(cstring(Field.DESTINATION_ADDR));
                return;
            }
            case REPLACE_SM: {
                ReplaceSm r = (ReplaceSm) pdu;
                r.setMessageId(cstring(Field.MESSAGE_ID));
                r.setSourceAddrTon(u8("source_addr_ton"));
                r.setSourceAddrNpi(u8("source_addr_npi"));
                r.setSourceAddr(cstring(Field.SOURCE_ADDR));
                r.setScheduleDeliveryTime(cstring(Field.SCHEDULE_DELIVERY_TIME));
                r.setValidityPeriod(cstring(Field.VALIDITY_PERIOD));
                r.setRegisteredDelivery(u8("registered_delivery"));
                r.setSmDefaultMsgId(u8("sm_default_msg_id"));
                r.setShortMessage(shortMessage());
                return;
            }
            case ALERT_NOTIFICATION: {
                AlertNotification a = (AlertNotification) pdu;
                a.setSourceAddrTon(u8("source_addr_ton"));
                a.setSourceAddrNpi(u8("source_addr_npi"));
                a.setSourceAddr(cstring(Field.SOURCE_ADDR_65));
                a.setEsmeAddrTon(u8("esme_addr_ton"));
                a.setEsmeAddrNpi(u8("esme_addr_npi"));
                a.setEsmeAddr(cstring(Field.ESME_ADDR));
                return;
            }
            default:
                // header-only commands: unbind, enquire_link, generic_nack and their kin
        }
    }

    private void readSm(BaseSm<?> sm) throws PduDecodeException {
        sm.setServiceType(cstring(Field.SERVICE_TYPE));
        sm.setSourceAddrTon(u8("source_addr_ton"));
        sm.setSourceAddrNpi(u8("source_addr_npi"));
        sm.setSourceAddr(cstring(Field.SOURCE_ADDR));
        sm.setDestAddrTon(u8("dest_addr_ton"));
        sm.setDestAddrNpi(u8("dest_addr_npi"));
        sm.setDestinationAddr(cstring(Field.DESTINATION_ADDR));
        sm.setEsmClass(u8("esm_class"));
        sm.setProtocolId(u8("protocol_id"));
        sm.setPriorityFlag(u8("priority_flag"));
        sm.setScheduleDeliveryTime(cstring(Field.SCHEDULE_DELIVERY_TIME));
        sm.setValidityPeriod(cstring(Field.VALIDITY_PERIOD));
        sm.setRegisteredDelivery(u8("registered_delivery"));
        sm.setReplaceIfPresentFlag(u8("replace_if_present_flag"));
        sm.setDataCoding(u8("data_coding"));
        sm.setSmDefaultMsgId(u8("sm_default_msg_id"));
        sm.setShortMessage(shortMessage());
    }

    private void readSubmitMulti(SubmitMulti sm) throws PduDecodeException {
        sm.setServiceType(cstring(Field.SERVICE_TYPE));
        sm.setSourceAddrTon(u8("source_addr_ton"));
        sm.setSourceAddrNpi(u8("source_addr_npi"));
        sm.setSourceAddr(cstring(Field.SOURCE_ADDR));
        int count = u8("number_of_dests");
        if (count == 0 || count > MAX_DESTS) {
            throw error(CommandStatus.ESME_RINVNUMDESTS, "number_of_dests is " + count + "; 1 to " + MAX_DESTS + " allowed");
        }
        // Each destination takes at least 2 octets: never size the list beyond what the frame can hold.
        List<DestAddress> dests = new ArrayList<>(Math.min(count, (end - p) / 2));
        for (int i = 0; i < count; i++) {
            int flag = u8("dest_flag");
            if (flag == DestAddress.FLAG_SME_ADDRESS) {
                int ton = u8("dest_addr_ton");
                int npi = u8("dest_addr_npi");
                dests.add(new DestAddress.Sme(ton, npi, cstring(Field.DESTINATION_ADDR)));
            } else if (flag == DestAddress.FLAG_DISTRIBUTION_LIST) {
                dests.add(new DestAddress.DistributionList(cstring(Field.DL_NAME)));
            } else {
                throw error(CommandStatus.ESME_RINVDESTFLAG, "dest_flag of destination " + (i + 1) + " is " + flag + "; must be 1 or 2");
            }
        }
        sm.setDestAddresses(dests);
        sm.setEsmClass(u8("esm_class"));
        sm.setProtocolId(u8("protocol_id"));
        sm.setPriorityFlag(u8("priority_flag"));
        sm.setScheduleDeliveryTime(cstring(Field.SCHEDULE_DELIVERY_TIME));
        sm.setValidityPeriod(cstring(Field.VALIDITY_PERIOD));
        sm.setRegisteredDelivery(u8("registered_delivery"));
        sm.setReplaceIfPresentFlag(u8("replace_if_present_flag"));
        sm.setDataCoding(u8("data_coding"));
        sm.setSmDefaultMsgId(u8("sm_default_msg_id"));
        sm.setShortMessage(shortMessage());
    }

    private void readSubmitMultiResp(SubmitMultiResp r) throws PduDecodeException {
        r.setMessageId(cstring(Field.MESSAGE_ID));
        int count = u8("no_unsuccess");
        if (count > MAX_DESTS) {
            throw error(CommandStatus.ESME_RINVNUMDESTS, "no_unsuccess is " + count + "; at most " + MAX_DESTS + " allowed");
        }
        // Each entry takes at least 7 octets.
        List<UnsuccessSme> smes = new ArrayList<>(Math.min(count, (end - p) / 7));
        for (int i = 0; i < count; i++) {
            int ton = u8("dest_addr_ton");
            int npi = u8("dest_addr_npi");
            String addr = cstring(Field.DESTINATION_ADDR);
            smes.add(new UnsuccessSme(ton, npi, addr, i32("error_status_code")));
        }
        r.setUnsuccessSmes(smes);
    }

    private void readTlvs(Pdu pdu, boolean strictLengths) throws PduDecodeException {
        int start = p;
        while (p < end) {
            if (end - p < 4) {
                throw error(CommandStatus.ESME_RINVOPTPARSTREAM, "TLV header cut short: " + (end - p) + " octet(s) left in the PDU");
            }
            int tag = u16(b, p);
            int length = u16(b, p + 2);
            if (length > end - p - 4) {
                throw error(CommandStatus.ESME_RINVOPTPARSTREAM, Tag.nameOf(tag) + " declares " + length
                        + " octets but the PDU ends after " + (end - p - 4));
            }
            if (strictLengths) {
                Tag known = Tag.of(tag);
                // A C-string TLV without its NUL is common enough (receipted_message_id) to let pass.
                if (known != null && (length > known.maxLength()
                        || length < (known.type() == TlvType.C_STRING ? 0 : known.minLength()))) {
                    throw error(CommandStatus.ESME_RINVPARLEN, known.specName() + " is " + length + " octets; the spec allows "
                            + known.minLength() + " to " + known.maxLength());
                }
            }
            p += 4 + length;
        }
        pdu.setTlvs(Tlvs.fromWire(b, start, end - start));
    }

    private int u8(String field) throws PduDecodeException {
        if (p >= end) {
            throw truncated(field);
        }
        return b[p++] & 0xFF;
    }

    private int i32(String field) throws PduDecodeException {
        if (end - p < 4) {
            throw truncated(field);
        }
        int v = int32(b, p);
        p += 4;
        return v;
    }

    /** A NUL-terminated field of at most {@code field.maxChars} characters. */
    private String cstring(Field field) throws PduDecodeException {
        int start = p;
        int limit = Math.min(end, start + field.maxChars + 1);
        int i = start;
        while (i < limit && b[i] != 0) {
            i++;
        }
        if (i == limit) {
            if (limit - start > field.maxChars) {
                throw error(field.status, field.specName + " is longer than the " + field.maxChars + " characters allowed");
            }
            throw truncated(field.specName);
        }
        int n = i - start;
        p = i + 1;
        if (n == 0) {
            return "";
        }
        if (field.isTime && n != 16) {
            throw error(field.status, field.specName + " is " + n + " characters; must be empty or 16");
        }
        return new String(b, start, n, StandardCharsets.ISO_8859_1);
    }

    /** sm_length, then that many octets of short_message. */
    private byte[] shortMessage() throws PduDecodeException {
        int length = u8("sm_length");
        if (length > MAX_SHORT_MESSAGE) {
            throw error(CommandStatus.ESME_RINVMSGLEN, "sm_length is " + length + "; at most " + MAX_SHORT_MESSAGE + " allowed");
        }
        if (length > end - p) {
            throw error(CommandStatus.ESME_RINVMSGLEN, "sm_length is " + length + " but only " + (end - p)
                    + " octet(s) are left in the PDU");
        }
        if (length == 0) {
            return NO_BYTES;
        }
        byte[] sm = new byte[length];
        System.arraycopy(b, p, sm, 0, length);
        p += length;
        return sm;
    }

    private PduDecodeException truncated(String field) {
        return error(CommandStatus.ESME_RINVCMDLEN, "the body ends inside " + field + " (command_length too short for the body)");
    }

    private PduDecodeException error(int status, String problem) {
        return new PduDecodeException(CommandId.name(commandId) + ": " + problem, status, true, true, commandId, sequenceNumber);
    }

    static int int32(byte[] b, int p) {
        return (b[p] << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }

    private static int u16(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }
}
