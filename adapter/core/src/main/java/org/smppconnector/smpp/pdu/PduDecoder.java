package org.smppconnector.smpp.pdu;

import static org.smppconnector.smpp.pdu.CommandId.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the body of one frame whose command_length was already checked.
 *
 * <p>Static methods that pass the read position along as a local: no cursor object to allocate
 * and no position to store to memory on every octet. Fields are filled directly, not through
 * the setters: what comes off the wire is one octet per character and never NUL, so the setters'
 * checks would only repeat the scan. Every read is bounds-checked against the
 * frame's end; every failure is a {@link PduDecodeException} that names the PDU, whose header is
 * read back from the frame ({@code frame} is the offset of its first octet).
 */
final class PduDecoder {

    private static final byte[] NO_BYTES = new byte[0];
    /** Eight octets at a time, least significant first, so that the first octet is the lowest. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int MAX_SHORT_MESSAGE = 254;
    private static final int MAX_DESTS = 254;

    private PduDecoder() {
    }

    /**
     * Decodes the frame {@code b[frame, frame + commandLength)}; commandLength is known to be
     * valid (at least 16 and within the codec's limit) and all its octets present.
     */
    static Pdu decodeFrame(byte[] b, int frame, int commandLength, boolean strictTlvLengths) throws PduDecodeException {
        int id = int32(b, frame + 4);
        int end = frame + commandLength;
        int p = frame + PduEncoder.HEADER_LENGTH;
        Pdu pdu;
        // The messages themselves take a path small enough for the JIT to inline; the rest a general one.
        if (id == SUBMIT_SM || id == DELIVER_SM) {
            BaseSm<?> sm = id == SUBMIT_SM ? new SubmitSm() : new DeliverSm();
            p = readSm(sm, b, p, end, frame);
            pdu = sm;
        } else {
            pdu = Pdus.newPdu(id);
            if (pdu == null) {
                throw error(b, frame, CommandStatus.ESME_RINVCMDID, "unknown command_id");
            }
            p = readBody(pdu, b, p, end, frame);
        }
        pdu.setCommandStatus(int32(b, frame + 8));
        pdu.setSequenceNumber(int32(b, frame + 12));
        if (p < end) {
            if (!pdu.allowsTlvs()) {
                throw error(b, frame, CommandStatus.ESME_RINVCMDLEN, (end - p) + " octet(s) left over after the body");
            }
            pdu.setTlvs(readTlvs(b, p, end, frame, strictTlvLengths));
        }
        return pdu;
    }

    /** Reads the mandatory body starting at {@code p}; returns the offset after it. */
    private static int readBody(Pdu pdu, byte[] b, int p, int end, int frame) throws PduDecodeException {
        switch (pdu.getCommandId()) {
            case SUBMIT_SM:
            case DELIVER_SM:
                return readSm((BaseSm<?>) pdu, b, p, end, frame);
            case SUBMIT_SM_RESP:
            case DELIVER_SM_RESP:
            case DATA_SM_RESP: {
                if (p == end) { // peers leave the body out of error responses, as the spec says
                    return p;
                }
                int q = nul(b, p, end, frame, Field.MESSAGE_ID);
                ((BaseSmResp) pdu).messageId = text(b, p, q);
                return q + 1;
            }
            case DATA_SM:
                return readDataSm((DataSm) pdu, b, p, end, frame);
            case BIND_TRANSMITTER:
            case BIND_RECEIVER:
            case BIND_TRANSCEIVER:
                return readBind((BaseBind<?>) pdu, b, p, end, frame);
            case BIND_TRANSMITTER_RESP:
            case BIND_RECEIVER_RESP:
            case BIND_TRANSCEIVER_RESP: {
                if (p == end) {
                    return p;
                }
                int q = nul(b, p, end, frame, Field.SYSTEM_ID);
                ((BaseBindResp) pdu).systemId = text(b, p, q);
                return q + 1;
            }
            case OUTBIND: {
                Outbind o = (Outbind) pdu;
                int q = nul(b, p, end, frame, Field.SYSTEM_ID);
                o.systemId = text(b, p, q);
                p = q + 1;
                q = nul(b, p, end, frame, Field.PASSWORD);
                o.password = text(b, p, q);
                return q + 1;
            }
            case SUBMIT_MULTI:
                return readSubmitMulti((SubmitMulti) pdu, b, p, end, frame);
            case SUBMIT_MULTI_RESP:
                return p == end ? p : readSubmitMultiResp((SubmitMultiResp) pdu, b, p, end, frame);
            case QUERY_SM:
                return readQuerySm((QuerySm) pdu, b, p, end, frame);
            case QUERY_SM_RESP:
                return p == end ? p : readQuerySmResp((QuerySmResp) pdu, b, p, end, frame);
            case CANCEL_SM:
                return readCancelSm((CancelSm) pdu, b, p, end, frame);
            case REPLACE_SM:
                return readReplaceSm((ReplaceSm) pdu, b, p, end, frame);
            case ALERT_NOTIFICATION:
                return readAlertNotification((AlertNotification) pdu, b, p, end, frame);
            default:
                return p; // header-only commands: unbind, enquire_link, generic_nack and their kin
        }
    }

    private static int readSm(BaseSm<?> sm, byte[] b, int p, int end, int frame) throws PduDecodeException {
        int q = nul(b, p, end, frame, Field.SERVICE_TYPE);
        sm.serviceType = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "source_addr_ton and source_addr_npi");
        sm.sourceAddrTon = b[p];
        sm.sourceAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.SOURCE_ADDR);
        sm.sourceAddr = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "dest_addr_ton and dest_addr_npi");
        sm.destAddrTon = b[p];
        sm.destAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.DESTINATION_ADDR);
        sm.destinationAddr = text(b, p, q);
        p = need(b, q + 1, end, 3, frame, "esm_class, protocol_id and priority_flag");
        sm.esmClass = b[p];
        sm.protocolId = b[p + 1];
        sm.priorityFlag = b[p + 2];
        p += 3;
        q = nul(b, p, end, frame, Field.SCHEDULE_DELIVERY_TIME);
        sm.scheduleDeliveryTime = text(b, p, q);
        p = q + 1;
        q = nul(b, p, end, frame, Field.VALIDITY_PERIOD);
        sm.validityPeriod = text(b, p, q);
        p = need(b, q + 1, end, 5, frame, "registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id and sm_length");
        sm.registeredDelivery = b[p];
        sm.replaceIfPresentFlag = b[p + 1];
        sm.dataCoding = b[p + 2];
        sm.smDefaultMsgId = b[p + 3];
        p += 4;
        sm.shortMessage = shortMessage(b, p, end, frame);
        return p + 1 + (b[p] & 0xFF);
    }

    private static int readDataSm(DataSm d, byte[] b, int p, int end, int frame) throws PduDecodeException {
        int q = nul(b, p, end, frame, Field.SERVICE_TYPE);
        d.serviceType = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "source_addr_ton and source_addr_npi");
        d.sourceAddrTon = b[p];
        d.sourceAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.SOURCE_ADDR_65);
        d.sourceAddr = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "dest_addr_ton and dest_addr_npi");
        d.destAddrTon = b[p];
        d.destAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.DESTINATION_ADDR_65);
        d.destinationAddr = text(b, p, q);
        p = need(b, q + 1, end, 3, frame, "esm_class, registered_delivery and data_coding");
        d.esmClass = b[p];
        d.registeredDelivery = b[p + 1];
        d.dataCoding = b[p + 2];
        return p + 3;
    }

    private static int readBind(BaseBind<?> bind, byte[] b, int p, int end, int frame) throws PduDecodeException {
        int q = nul(b, p, end, frame, Field.SYSTEM_ID);
        bind.systemId = text(b, p, q);
        p = q + 1;
        q = nul(b, p, end, frame, Field.PASSWORD);
        bind.password = text(b, p, q);
        p = q + 1;
        q = nul(b, p, end, frame, Field.SYSTEM_TYPE);
        bind.systemType = text(b, p, q);
        p = need(b, q + 1, end, 3, frame, "interface_version, addr_ton and addr_npi");
        bind.interfaceVersion = b[p];
        bind.addrTon = b[p + 1];
        bind.addrNpi = b[p + 2];
        p += 3;
        q = nul(b, p, end, frame, Field.ADDRESS_RANGE);
        bind.addressRange = text(b, p, q);
        return q + 1;
    }

    private static int readSubmitMulti(SubmitMulti sm, byte[] b, int p, int end, int frame) throws PduDecodeException {
        int q = nul(b, p, end, frame, Field.SERVICE_TYPE);
        sm.serviceType = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "source_addr_ton and source_addr_npi");
        sm.sourceAddrTon = b[p];
        sm.sourceAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.SOURCE_ADDR);
        sm.sourceAddr = text(b, p, q);
        p = need(b, q + 1, end, 1, frame, "number_of_dests");
        int count = b[p++] & 0xFF;
        if (count == 0 || count > MAX_DESTS) {
            throw error(b, frame, CommandStatus.ESME_RINVNUMDESTS, "number_of_dests is " + count + "; 1 to " + MAX_DESTS + " allowed");
        }
        // Each destination takes at least 2 octets: never size the list beyond what the frame can hold.
        List<DestAddress> dests = new ArrayList<>(Math.min(count, (end - p) / 2));
        for (int i = 0; i < count; i++) {
            p = need(b, p, end, 1, frame, "dest_flag");
            int flag = b[p++] & 0xFF;
            if (flag == DestAddress.FLAG_SME_ADDRESS) {
                p = need(b, p, end, 2, frame, "dest_addr_ton and dest_addr_npi");
                int ton = b[p] & 0xFF;
                int npi = b[p + 1] & 0xFF;
                p += 2;
                q = nul(b, p, end, frame, Field.DESTINATION_ADDR);
                dests.add(new DestAddress.Sme(ton, npi, text(b, p, q)));
            } else if (flag == DestAddress.FLAG_DISTRIBUTION_LIST) {
                q = nul(b, p, end, frame, Field.DL_NAME);
                dests.add(new DestAddress.DistributionList(text(b, p, q)));
            } else {
                throw error(b, frame, CommandStatus.ESME_RINVDESTFLAG,
                        "dest_flag of destination " + (i + 1) + " is " + flag + "; must be 1 or 2");
            }
            p = q + 1;
        }
        sm.destAddresses = dests;
        p = need(b, p, end, 3, frame, "esm_class, protocol_id and priority_flag");
        sm.esmClass = b[p];
        sm.protocolId = b[p + 1];
        sm.priorityFlag = b[p + 2];
        p += 3;
        q = nul(b, p, end, frame, Field.SCHEDULE_DELIVERY_TIME);
        sm.scheduleDeliveryTime = text(b, p, q);
        p = q + 1;
        q = nul(b, p, end, frame, Field.VALIDITY_PERIOD);
        sm.validityPeriod = text(b, p, q);
        p = need(b, q + 1, end, 5, frame, "registered_delivery, replace_if_present_flag, data_coding, sm_default_msg_id and sm_length");
        sm.registeredDelivery = b[p];
        sm.replaceIfPresentFlag = b[p + 1];
        sm.dataCoding = b[p + 2];
        sm.smDefaultMsgId = b[p + 3];
        p += 4;
        sm.shortMessage = shortMessage(b, p, end, frame);
        return p + 1 + (b[p] & 0xFF);
    }

    private static int readSubmitMultiResp(SubmitMultiResp r, byte[] b, int p, int end, int frame) throws PduDecodeException {
        int q = nul(b, p, end, frame, Field.MESSAGE_ID);
        r.messageId = text(b, p, q);
        p = need(b, q + 1, end, 1, frame, "no_unsuccess");
        int count = b[p++] & 0xFF;
        if (count > MAX_DESTS) {
            throw error(b, frame, CommandStatus.ESME_RINVNUMDESTS, "no_unsuccess is " + count + "; at most " + MAX_DESTS + " allowed");
        }
        // Each entry takes at least 7 octets.
        List<UnsuccessSme> smes = new ArrayList<>(Math.min(count, (end - p) / 7));
        for (int i = 0; i < count; i++) {
            p = need(b, p, end, 2, frame, "dest_addr_ton and dest_addr_npi");
            int ton = b[p] & 0xFF;
            int npi = b[p + 1] & 0xFF;
            p += 2;
            q = nul(b, p, end, frame, Field.DESTINATION_ADDR);
            String addr = text(b, p, q);
            p = need(b, q + 1, end, 4, frame, "error_status_code");
            smes.add(new UnsuccessSme(ton, npi, addr, int32(b, p)));
            p += 4;
        }
        r.unsuccessSmes = smes;
        return p;
    }

    private static int readQuerySm(QuerySm qs, byte[] b, int p, int end, int frame) throws PduDecodeException {
        int q = nul(b, p, end, frame, Field.MESSAGE_ID);
        qs.messageId = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "source_addr_ton and source_addr_npi");
        qs.sourceAddrTon = b[p];
        qs.sourceAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.SOURCE_ADDR);
        qs.sourceAddr = text(b, p, q);
        return q + 1;
    }

    private static int readQuerySmResp(QuerySmResp r, byte[] b, int p, int end, int frame) throws PduDecodeException {
        int q = nul(b, p, end, frame, Field.MESSAGE_ID);
        r.messageId = text(b, p, q);
        p = q + 1;
        q = nul(b, p, end, frame, Field.FINAL_DATE);
        r.finalDate = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "message_state and error_code");
        r.messageState = b[p];
        r.errorCode = b[p + 1];
        return p + 2;
    }

    private static int readCancelSm(CancelSm c, byte[] b, int p, int end, int frame) throws PduDecodeException {
        int q = nul(b, p, end, frame, Field.SERVICE_TYPE);
        c.serviceType = text(b, p, q);
        p = q + 1;
        q = nul(b, p, end, frame, Field.MESSAGE_ID);
        c.messageId = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "source_addr_ton and source_addr_npi");
        c.sourceAddrTon = b[p];
        c.sourceAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.SOURCE_ADDR);
        c.sourceAddr = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "dest_addr_ton and dest_addr_npi");
        c.destAddrTon = b[p];
        c.destAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.DESTINATION_ADDR);
        c.destinationAddr = text(b, p, q);
        return q + 1;
    }

    private static int readReplaceSm(ReplaceSm r, byte[] b, int p, int end, int frame) throws PduDecodeException {
        int q = nul(b, p, end, frame, Field.MESSAGE_ID);
        r.messageId = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "source_addr_ton and source_addr_npi");
        r.sourceAddrTon = b[p];
        r.sourceAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.SOURCE_ADDR);
        r.sourceAddr = text(b, p, q);
        p = q + 1;
        q = nul(b, p, end, frame, Field.SCHEDULE_DELIVERY_TIME);
        r.scheduleDeliveryTime = text(b, p, q);
        p = q + 1;
        q = nul(b, p, end, frame, Field.VALIDITY_PERIOD);
        r.validityPeriod = text(b, p, q);
        p = need(b, q + 1, end, 3, frame, "registered_delivery, sm_default_msg_id and sm_length");
        r.registeredDelivery = b[p];
        r.smDefaultMsgId = b[p + 1];
        p += 2;
        r.shortMessage = shortMessage(b, p, end, frame);
        return p + 1 + (b[p] & 0xFF);
    }

    private static int readAlertNotification(AlertNotification a, byte[] b, int p, int end, int frame) throws PduDecodeException {
        p = need(b, p, end, 2, frame, "source_addr_ton and source_addr_npi");
        a.sourceAddrTon = b[p];
        a.sourceAddrNpi = b[p + 1];
        p += 2;
        int q = nul(b, p, end, frame, Field.SOURCE_ADDR_65);
        a.sourceAddr = text(b, p, q);
        p = need(b, q + 1, end, 2, frame, "esme_addr_ton and esme_addr_npi");
        a.esmeAddrTon = b[p];
        a.esmeAddrNpi = b[p + 1];
        p += 2;
        q = nul(b, p, end, frame, Field.ESME_ADDR);
        a.esmeAddr = text(b, p, q);
        return q + 1;
    }

    private static Tlvs readTlvs(byte[] b, int start, int end, int frame, boolean strictLengths) throws PduDecodeException {
        int p = start;
        while (p < end) {
            if (end - p < 4) {
                throw error(b, frame, CommandStatus.ESME_RINVOPTPARSTREAM,
                        "TLV header cut short: " + (end - p) + " octet(s) left in the PDU");
            }
            int tag = u16(b, p);
            int length = u16(b, p + 2);
            if (length > end - p - 4) {
                throw error(b, frame, CommandStatus.ESME_RINVOPTPARSTREAM, Tag.nameOf(tag) + " declares " + length
                        + " octets but the PDU ends after " + (end - p - 4));
            }
            if (strictLengths) {
                Tag known = Tag.of(tag);
                // A C-string TLV without its NUL is common enough (receipted_message_id) to let pass.
                if (known != null && (length > known.maxLength()
                        || length < (known.type() == TlvType.C_STRING ? 0 : known.minLength()))) {
                    throw error(b, frame, CommandStatus.ESME_RINVPARLEN, known.specName() + " is " + length
                            + " octets; the spec allows " + known.minLength() + " to " + known.maxLength());
                }
            }
            p += 4 + length;
        }
        return Tlvs.ofCheckedWire(Arrays.copyOfRange(b, start, end));
    }

    /**
     * Checks that {@code count} octets remain at {@code p}; returns {@code p}.
     *
     * @param fields the fields those octets hold, for the error
     */
    private static int need(byte[] b, int p, int end, int count, int frame, String fields) throws PduDecodeException {
        if (end - p < count) {
            throw truncated(b, frame, fields);
        }
        return p;
    }

    /**
     * The offset of the NUL that ends a C-string field starting at {@code p}, after checking the
     * field's length against the spec.
     */
    private static int nul(byte[] b, int p, int end, int frame, Field field) throws PduDecodeException {
        int limit = Math.min(end, p + field.maxChars + 1);
        int i = indexOfZero(b, p, limit);
        if (i == limit || field.isTime && i != p && i - p != 16) {
            throw badCString(b, p, i, limit, frame, field);
        }
        return i;
    }

    /** The offset of the first zero octet in {@code b[from, limit)}, or {@code limit}; eight octets a step. */
    static int indexOfZero(byte[] b, int from, int limit) {
        int i = from;
        while (limit - i >= 8) {
            long x = (long) LONGS.get(b, i);
            // Sets the high bit of each zero octet (and perhaps of octets above the first zero, which
            // do not matter: the lowest set bit is exact).
            long zeros = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
            i += 8;
        }
        while (i < limit && b[i] != 0) {
            i++;
        }
        return i;
    }

    // The errors are built away from the hot methods above, which stay small enough to inline.

    private static PduDecodeException truncated(byte[] b, int frame, String fields) {
        return error(b, frame, CommandStatus.ESME_RINVCMDLEN, "the body ends before " + fields
                + " (command_length too short for the body)");
    }

    private static PduDecodeException badCString(byte[] b, int p, int i, int limit, int frame, Field field) {
        if (i < limit) {
            return error(b, frame, field.status, field.specName + " is " + (i - p) + " characters; must be empty or 16");
        }
        if (limit - p > field.maxChars) {
            return error(b, frame, field.status, field.specName + " is longer than the " + field.maxChars + " characters allowed");
        }
        return error(b, frame, CommandStatus.ESME_RINVCMDLEN, "the body ends inside " + field.specName
                + " (no NUL; command_length too short for the body)");
    }

    /** The text of {@code b[p, nul)}, one character per octet (ISO-8859-1). */
    @SuppressWarnings("deprecation") // the high-byte constructor is the plain Latin-1 copy, without a charset lookup
    private static String text(byte[] b, int p, int nul) {
        return nul == p ? "" : new String(b, 0, p, nul - p);
    }

    /** sm_length at {@code p}, then that many octets of short_message. */
    private static byte[] shortMessage(byte[] b, int p, int end, int frame) throws PduDecodeException {
        int length = b[p] & 0xFF; // present: the caller checked for sm_length with the fields before it
        if (length > MAX_SHORT_MESSAGE || length > end - p - 1) {
            throw badSmLength(b, length, end - p - 1, frame);
        }
        if (length == 0) {
            return NO_BYTES;
        }
        return Arrays.copyOfRange(b, p + 1, p + 1 + length);
    }

    private static PduDecodeException badSmLength(byte[] b, int length, int left, int frame) {
        if (length > MAX_SHORT_MESSAGE) {
            return error(b, frame, CommandStatus.ESME_RINVMSGLEN, "sm_length is " + length + "; at most " + MAX_SHORT_MESSAGE + " allowed");
        }
        return error(b, frame, CommandStatus.ESME_RINVMSGLEN, "sm_length is " + length + " but only " + left
                + " octet(s) are left in the PDU");
    }

    private static PduDecodeException error(byte[] b, int frame, int status, String problem) {
        int id = int32(b, frame + 4);
        int seq = int32(b, frame + 12);
        return new PduDecodeException(CommandId.name(id) + ": " + problem, status, true, true, id, seq);
    }

    static int int32(byte[] b, int p) {
        return (b[p] << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }

    private static int u16(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }
}
