package org.smppconnector.smpp.pdu;

import static org.smppconnector.smpp.pdu.CommandId.*;

import java.util.List;

/**
 * Writes PDUs in wire form. {@link #commandLength} checks every length against the spec and sizes
 * the PDU; {@link #write} then writes it without further checks, so nothing is written for an
 * invalid PDU. (What each field may hold otherwise, the setters have already enforced.)
 */
final class PduEncoder {

    static final int HEADER_LENGTH = 16;
    private static final int MAX_SHORT_MESSAGE = 254;
    private static final int MAX_DESTS = 254;

    private PduEncoder() {
    }

    /** Validates the PDU and returns its command_length. */
    static int commandLength(Pdu pdu) {
        int id = pdu.getCommandId();
        // The messages themselves take a path small enough for the JIT to inline; the rest a general one.
        int length = HEADER_LENGTH + (id == SUBMIT_SM || id == DELIVER_SM ? smLength((BaseSm<?>) pdu) : bodyLength(pdu));
        Tlvs tlvs = pdu.tlvsOrNull();
        if (tlvs != null && !tlvs.isEmpty()) {
            if (!pdu.allowsTlvs()) {
                throw new PduEncodeException(pdu.getCommandId(), "TLVs", "this command carries no TLVs");
            }
            length += tlvs.wireLength();
        }
        return length;
    }

    /** Writes a PDU validated and sized by {@link #commandLength}; returns the offset after it. */
    static int write(Pdu pdu, int commandLength, byte[] b, int p) {
        int id = pdu.getCommandId();
        p = int32(b, p, commandLength);
        p = int32(b, p, id);
        p = int32(b, p, pdu.getCommandStatus());
        p = int32(b, p, pdu.getSequenceNumber());
        p = id == SUBMIT_SM || id == DELIVER_SM ? writeSm((BaseSm<?>) pdu, b, p) : writeBody(pdu, id, b, p);
        Tlvs tlvs = pdu.tlvsOrNull();
        if (tlvs != null) {
            p = tlvs.writeTo(b, p);
        }
        return p;
    }

    /** Writes the body of any command but submit_sm and deliver_sm. */
    private static int writeBody(Pdu pdu, int id, byte[] b, int p) {
        switch (id) {
            case SUBMIT_SM_RESP:
            case DELIVER_SM_RESP:
            case DATA_SM_RESP:
                p = cstring(b, p, ((BaseSmResp) pdu).getMessageId());
                break;
            case DATA_SM: {
                DataSm d = (DataSm) pdu;
                p = cstring(b, p, d.getServiceType());
                b[p++] = (byte) d.getSourceAddrTon();
                b[p++] = (byte) d.getSourceAddrNpi();
                p = cstring(b, p, d.getSourceAddr());
                b[p++] = (byte) d.getDestAddrTon();
                b[p++] = (byte) d.getDestAddrNpi();
                p = cstring(b, p, d.getDestinationAddr());
                b[p++] = (byte) d.getEsmClass();
                b[p++] = (byte) d.getRegisteredDelivery();
                b[p++] = (byte) d.getDataCoding();
                break;
            }
            case BIND_TRANSMITTER:
            case BIND_RECEIVER:
            case BIND_TRANSCEIVER: {
                BaseBind<?> bind = (BaseBind<?>) pdu;
                p = cstring(b, p, bind.getSystemId());
                p = cstring(b, p, bind.getPassword());
                p = cstring(b, p, bind.getSystemType());
                b[p++] = (byte) bind.getInterfaceVersion();
                b[p++] = (byte) bind.getAddrTon();
                b[p++] = (byte) bind.getAddrNpi();
                p = cstring(b, p, bind.getAddressRange());
                break;
            }
            case BIND_TRANSMITTER_RESP:
            case BIND_RECEIVER_RESP:
            case BIND_TRANSCEIVER_RESP:
                p = cstring(b, p, ((BaseBindResp) pdu).getSystemId());
                break;
            case OUTBIND: {
                Outbind o = (Outbind) pdu;
                p = cstring(b, p, o.getSystemId());
                p = cstring(b, p, o.getPassword());
                break;
            }
            case SUBMIT_MULTI:
                p = writeSubmitMulti((SubmitMulti) pdu, b, p);
                break;
            case SUBMIT_MULTI_RESP: {
                SubmitMultiResp r = (SubmitMultiResp) pdu;
                p = cstring(b, p, r.getMessageId());
                List<UnsuccessSme> smes = r.getUnsuccessSmes();
                b[p++] = (byte) smes.size();
                for (int i = 0, n = smes.size(); i < n; i++) {
                    UnsuccessSme u = smes.get(i);
                    b[p++] = (byte) u.ton();
                    b[p++] = (byte) u.npi();
                    p = cstring(b, p, u.address());
                    p = int32(b, p, u.errorStatusCode());
                }
                break;
            }
            case QUERY_SM: {
                QuerySm q = (QuerySm) pdu;
                p = cstring(b, p, q.getMessageId());
                b[p++] = (byte) q.getSourceAddrTon();
                b[p++] = (byte) q.getSourceAddrNpi();
                p = cstring(b, p, q.getSourceAddr());
                break;
            }
            case QUERY_SM_RESP: {
                QuerySmResp q = (QuerySmResp) pdu;
                p = cstring(b, p, q.getMessageId());
                p = cstring(b, p, q.getFinalDate());
                b[p++] = (byte) q.getMessageState();
                b[p++] = (byte) q.getErrorCode();
                break;
            }
            case CANCEL_SM: {
                CancelSm c = (CancelSm) pdu;
                p = cstring(b, p, c.getServiceType());
                p = cstring(b, p, c.getMessageId());
                b[p++] = (byte) c.getSourceAddrTon();
                b[p++] = (byte) c.getSourceAddrNpi();
                p = cstring(b, p, c.getSourceAddr());
                b[p++] = (byte) c.getDestAddrTon();
                b[p++] = (byte) c.getDestAddrNpi();
                p = cstring(b, p, c.getDestinationAddr());
                break;
            }
            case REPLACE_SM: {
                ReplaceSm r = (ReplaceSm) pdu;
                p = cstring(b, p, r.getMessageId());
                b[p++] = (byte) r.getSourceAddrTon();
                b[p++] = (byte) r.getSourceAddrNpi();
                p = cstring(b, p, r.getSourceAddr());
                p = cstring(b, p, r.getScheduleDeliveryTime());
                p = cstring(b, p, r.getValidityPeriod());
                b[p++] = (byte) r.getRegisteredDelivery();
                b[p++] = (byte) r.getSmDefaultMsgId();
                p = octets(b, p, r.getShortMessage());
                break;
            }
            case ALERT_NOTIFICATION: {
                AlertNotification a = (AlertNotification) pdu;
                b[p++] = (byte) a.getSourceAddrTon();
                b[p++] = (byte) a.getSourceAddrNpi();
                p = cstring(b, p, a.getSourceAddr());
                b[p++] = (byte) a.getEsmeAddrTon();
                b[p++] = (byte) a.getEsmeAddrNpi();
                p = cstring(b, p, a.getEsmeAddr());
                break;
            }
            default:
                // header-only commands
                break;
        }
        return p;
    }

    /** Validates and sizes the body of any command but submit_sm and deliver_sm. */
    private static int bodyLength(Pdu pdu) {
        int id = pdu.getCommandId();
        switch (id) {
            case SUBMIT_SM_RESP:
            case DELIVER_SM_RESP:
            case DATA_SM_RESP:
                return cstringLength(id, ((BaseSmResp) pdu).getMessageId(), Field.MESSAGE_ID);
            case DATA_SM: {
                DataSm d = (DataSm) pdu;
                return 7 + cstringLength(id, d.getServiceType(), Field.SERVICE_TYPE)
                        + cstringLength(id, d.getSourceAddr(), Field.SOURCE_ADDR_65)
                        + cstringLength(id, d.getDestinationAddr(), Field.DESTINATION_ADDR_65);
            }
            case ENQUIRE_LINK:
            case ENQUIRE_LINK_RESP:
            case UNBIND:
            case UNBIND_RESP:
            case GENERIC_NACK:
            case CANCEL_SM_RESP:
            case REPLACE_SM_RESP:
                return 0;
            case BIND_TRANSMITTER:
            case BIND_RECEIVER:
            case BIND_TRANSCEIVER: {
                BaseBind<?> bind = (BaseBind<?>) pdu;
                return 3 + cstringLength(id, bind.getSystemId(), Field.SYSTEM_ID)
                        + cstringLength(id, bind.getPassword(), Field.PASSWORD)
                        + cstringLength(id, bind.getSystemType(), Field.SYSTEM_TYPE)
                        + cstringLength(id, bind.getAddressRange(), Field.ADDRESS_RANGE);
            }
            case BIND_TRANSMITTER_RESP:
            case BIND_RECEIVER_RESP:
            case BIND_TRANSCEIVER_RESP:
                return cstringLength(id, ((BaseBindResp) pdu).getSystemId(), Field.SYSTEM_ID);
            case OUTBIND: {
                Outbind o = (Outbind) pdu;
                return cstringLength(id, o.getSystemId(), Field.SYSTEM_ID) + cstringLength(id, o.getPassword(), Field.PASSWORD);
            }
            case SUBMIT_MULTI:
                return submitMultiLength((SubmitMulti) pdu);
            case SUBMIT_MULTI_RESP: {
                SubmitMultiResp r = (SubmitMultiResp) pdu;
                List<UnsuccessSme> smes = r.getUnsuccessSmes();
                if (smes.size() > MAX_DESTS) {
                    throw new PduEncodeException(id, "no_unsuccess", smes.size() + " entries; at most " + MAX_DESTS);
                }
                int n = 1 + cstringLength(id, r.getMessageId(), Field.MESSAGE_ID);
                for (int i = 0; i < smes.size(); i++) {
                    UnsuccessSme u = smes.get(i);
                    if (u == null) {
                        throw new PduEncodeException(id, "unsuccess_sme", "entry " + i + " is null");
                    }
                    n += 6 + cstringLength(id, u.address(), Field.DESTINATION_ADDR);
                }
                return n;
            }
            case QUERY_SM: {
                QuerySm q = (QuerySm) pdu;
                return 2 + cstringLength(id, q.getMessageId(), Field.MESSAGE_ID)
                        + cstringLength(id, q.getSourceAddr(), Field.SOURCE_ADDR);
            }
            case QUERY_SM_RESP: {
                QuerySmResp q = (QuerySmResp) pdu;
                return 2 + cstringLength(id, q.getMessageId(), Field.MESSAGE_ID)
                        + cstringLength(id, q.getFinalDate(), Field.FINAL_DATE);
            }
            case CANCEL_SM: {
                CancelSm c = (CancelSm) pdu;
                return 4 + cstringLength(id, c.getServiceType(), Field.SERVICE_TYPE)
                        + cstringLength(id, c.getMessageId(), Field.MESSAGE_ID)
                        + cstringLength(id, c.getSourceAddr(), Field.SOURCE_ADDR)
                        + cstringLength(id, c.getDestinationAddr(), Field.DESTINATION_ADDR);
            }
            case REPLACE_SM: {
                ReplaceSm r = (ReplaceSm) pdu;
                // ton, npi, registered_delivery, sm_default_msg_id, sm_length
                return 5 + cstringLength(id, r.getMessageId(), Field.MESSAGE_ID)
                        + cstringLength(id, r.getSourceAddr(), Field.SOURCE_ADDR)
                        + cstringLength(id, r.getScheduleDeliveryTime(), Field.SCHEDULE_DELIVERY_TIME)
                        + cstringLength(id, r.getValidityPeriod(), Field.VALIDITY_PERIOD)
                        + shortMessageLength(id, r.getShortMessage());
            }
            case ALERT_NOTIFICATION: {
                AlertNotification a = (AlertNotification) pdu;
                return 4 + cstringLength(id, a.getSourceAddr(), Field.SOURCE_ADDR_65)
                        + cstringLength(id, a.getEsmeAddr(), Field.ESME_ADDR);
            }
            default:
                throw new PduEncodeException(id, "command_id", "not a command this codec knows");
        }
    }

    private static int smLength(BaseSm<?> sm) {
        int id = sm.getCommandId();
        // 4 ton/npi octets, 7 one-octet fields, sm_length, then the variable parts
        return 12 + cstringLength(id, sm.getServiceType(), Field.SERVICE_TYPE)
                + cstringLength(id, sm.getSourceAddr(), Field.SOURCE_ADDR)
                + cstringLength(id, sm.getDestinationAddr(), Field.DESTINATION_ADDR)
                + cstringLength(id, sm.getScheduleDeliveryTime(), Field.SCHEDULE_DELIVERY_TIME)
                + cstringLength(id, sm.getValidityPeriod(), Field.VALIDITY_PERIOD)
                + shortMessageLength(id, sm.getShortMessage());
    }

    private static int writeSm(BaseSm<?> sm, byte[] b, int p) {
        p = cstring(b, p, sm.getServiceType());
        b[p++] = (byte) sm.getSourceAddrTon();
        b[p++] = (byte) sm.getSourceAddrNpi();
        p = cstring(b, p, sm.getSourceAddr());
        b[p++] = (byte) sm.getDestAddrTon();
        b[p++] = (byte) sm.getDestAddrNpi();
        p = cstring(b, p, sm.getDestinationAddr());
        b[p++] = (byte) sm.getEsmClass();
        b[p++] = (byte) sm.getProtocolId();
        b[p++] = (byte) sm.getPriorityFlag();
        p = cstring(b, p, sm.getScheduleDeliveryTime());
        p = cstring(b, p, sm.getValidityPeriod());
        b[p++] = (byte) sm.getRegisteredDelivery();
        b[p++] = (byte) sm.getReplaceIfPresentFlag();
        b[p++] = (byte) sm.getDataCoding();
        b[p++] = (byte) sm.getSmDefaultMsgId();
        return octets(b, p, sm.getShortMessage());
    }

    private static int submitMultiLength(SubmitMulti sm) {
        int id = sm.getCommandId();
        List<DestAddress> dests = sm.getDestAddresses();
        if (dests.isEmpty() || dests.size() > MAX_DESTS) {
            throw new PduEncodeException(id, "number_of_dests", dests.size() + " destinations; 1 to " + MAX_DESTS + " allowed");
        }
        // source ton/npi, number_of_dests, 7 one-octet fields, sm_length
        int n = 11 + cstringLength(id, sm.getServiceType(), Field.SERVICE_TYPE)
                + cstringLength(id, sm.getSourceAddr(), Field.SOURCE_ADDR)
                + cstringLength(id, sm.getScheduleDeliveryTime(), Field.SCHEDULE_DELIVERY_TIME)
                + cstringLength(id, sm.getValidityPeriod(), Field.VALIDITY_PERIOD)
                + shortMessageLength(id, sm.getShortMessage());
        for (int i = 0; i < dests.size(); i++) {
            DestAddress d = dests.get(i);
            if (d instanceof DestAddress.Sme) {
                DestAddress.Sme sme = (DestAddress.Sme) d;
                n += 3 + cstringLength(id, sme.address(), Field.DESTINATION_ADDR);
            } else if (d instanceof DestAddress.DistributionList) {
                n += 1 + cstringLength(id, ((DestAddress.DistributionList) d).name(), Field.DL_NAME);
            } else {
                throw new PduEncodeException(id, "dest_address", "entry " + i + " is null");
            }
        }
        return n;
    }

    private static int writeSubmitMulti(SubmitMulti sm, byte[] b, int p) {
        p = cstring(b, p, sm.getServiceType());
        b[p++] = (byte) sm.getSourceAddrTon();
        b[p++] = (byte) sm.getSourceAddrNpi();
        p = cstring(b, p, sm.getSourceAddr());
        List<DestAddress> dests = sm.getDestAddresses();
        b[p++] = (byte) dests.size();
        for (int i = 0, n = dests.size(); i < n; i++) {
            DestAddress d = dests.get(i);
            b[p++] = (byte) d.destFlag();
            if (d instanceof DestAddress.Sme) {
                DestAddress.Sme sme = (DestAddress.Sme) d;
                b[p++] = (byte) sme.ton();
                b[p++] = (byte) sme.npi();
                p = cstring(b, p, sme.address());
            } else {
                p = cstring(b, p, ((DestAddress.DistributionList) d).name());
            }
        }
        b[p++] = (byte) sm.getEsmClass();
        b[p++] = (byte) sm.getProtocolId();
        b[p++] = (byte) sm.getPriorityFlag();
        p = cstring(b, p, sm.getScheduleDeliveryTime());
        p = cstring(b, p, sm.getValidityPeriod());
        b[p++] = (byte) sm.getRegisteredDelivery();
        b[p++] = (byte) sm.getReplaceIfPresentFlag();
        b[p++] = (byte) sm.getDataCoding();
        b[p++] = (byte) sm.getSmDefaultMsgId();
        return octets(b, p, sm.getShortMessage());
    }

    /** Octets a C-string field takes (text and NUL), after checking its length against the spec. */
    private static int cstringLength(int id, String s, Field field) {
        int n = s.length();
        if (n > field.maxChars || field.isTime && n != 0 && n != 16) {
            throw badLength(id, n, field);
        }
        return n + 1;
    }

    private static PduEncodeException badLength(int id, int n, Field field) {
        if (n > field.maxChars) {
            return new PduEncodeException(id, field.specName, n + " characters; at most " + field.maxChars + " allowed");
        }
        return new PduEncodeException(id, field.specName, n + " characters; must be empty or 16 (YYMMDDhhmmsstnnp)");
    }

    private static int shortMessageLength(int id, byte[] sm) {
        if (sm.length > MAX_SHORT_MESSAGE) {
            throw new PduEncodeException(id, "short_message", sm.length + " octets; at most " + MAX_SHORT_MESSAGE
                    + " allowed (use the message_payload TLV for more)");
        }
        return sm.length;
    }

    /**
     * Writes the text and its NUL. The text setters admit only U+0001 to U+00FF, so the low octet
     * of each character is the character; the bulk copy is much faster than a loop over charAt.
     */
    @SuppressWarnings("deprecation")
    private static int cstring(byte[] b, int p, String s) {
        int n = s.length();
        s.getBytes(0, n, b, p);
        b[p + n] = 0;
        return p + n + 1;
    }

    /** sm_length then the octets. */
    private static int octets(byte[] b, int p, byte[] sm) {
        b[p++] = (byte) sm.length;
        System.arraycopy(sm, 0, b, p, sm.length);
        return p + sm.length;
    }

    private static int int32(byte[] b, int p, int v) {
        b[p] = (byte) (v >>> 24);
        b[p + 1] = (byte) (v >>> 16);
        b[p + 2] = (byte) (v >>> 8);
        b[p + 3] = (byte) v;
        return p + 4;
    }
}
