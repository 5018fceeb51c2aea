package org.smppconnector.simulator.record;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AbstractSmCommand;
import org.jsmpp.bean.Bind;
import org.jsmpp.bean.MessageRequest;
import org.jsmpp.bean.QuerySmResp;
import org.jsmpp.util.DefaultDecomposer;
import org.jsmpp.util.PDUDecomposer;
import org.smppconnector.simulator.smpp.Tlvs;

/** Decodes the key fields of a recorded PDU with jSMPP's decomposer, on demand. */
final class PduFields {
    private static final PDUDecomposer DECOMPOSER = new DefaultDecomposer();

    private PduFields() {
    }

    static Map<String, String> decode(int commandId, byte[] octets) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            switch (commandId) {
                case SMPPConstant.CID_BIND_RECEIVER:
                case SMPPConstant.CID_BIND_TRANSMITTER:
                case SMPPConstant.CID_BIND_TRANSCEIVER:
                    Bind bind = DECOMPOSER.bind(octets);
                    fields.put("system_id", bind.getSystemId());
                    fields.put("system_type", bind.getSystemType());
                    fields.put("interface_version", String.format("0x%02x", bind.getInterfaceVersion()));
                    break;
                case SMPPConstant.CID_BIND_RECEIVER_RESP:
                case SMPPConstant.CID_BIND_TRANSMITTER_RESP:
                case SMPPConstant.CID_BIND_TRANSCEIVER_RESP:
                    if (octets.length > 16) {
                        fields.put("system_id", DECOMPOSER.bindResp(octets).getSystemId());
                    }
                    break;
                case SMPPConstant.CID_SUBMIT_SM:
                    message(fields, DECOMPOSER.submitSm(octets));
                    break;
                case SMPPConstant.CID_DELIVER_SM:
                    message(fields, DECOMPOSER.deliverSm(octets));
                    break;
                case SMPPConstant.CID_DATA_SM:
                    addresses(fields, DECOMPOSER.dataSm(octets));
                    break;
                case SMPPConstant.CID_SUBMIT_SM_RESP:
                    if (octets.length > 16) {
                        fields.put("message_id", DECOMPOSER.submitSmResp(octets).getMessageId());
                    }
                    break;
                case SMPPConstant.CID_DATA_SM_RESP:
                    if (octets.length > 16) {
                        fields.put("message_id", DECOMPOSER.dataSmResp(octets).getMessageId());
                    }
                    break;
                case SMPPConstant.CID_SUBMIT_MULTI_RESP:
                    if (octets.length > 16) {
                        fields.put("message_id", DECOMPOSER.submitMultiResp(octets).getMessageId());
                    }
                    break;
                case SMPPConstant.CID_QUERY_SM:
                    fields.put("message_id", DECOMPOSER.querySm(octets).getMessageId());
                    break;
                case SMPPConstant.CID_QUERY_SM_RESP:
                    if (octets.length > 16) {
                        QuerySmResp resp = DECOMPOSER.querySmResp(octets);
                        fields.put("message_id", resp.getMessageId());
                        fields.put("message_state", String.valueOf(resp.getMessageState()));
                    }
                    break;
                case SMPPConstant.CID_CANCEL_SM:
                    fields.put("message_id", DECOMPOSER.cancelSm(octets).getMessageId());
                    break;
                case SMPPConstant.CID_REPLACE_SM:
                    fields.put("message_id", DECOMPOSER.replaceSm(octets).getMessageId());
                    break;
                default:
                    break;
            }
        } catch (Exception e) {
            fields.put("decode_error", e.toString());
        }
        return Collections.unmodifiableMap(fields);
    }

    private static void message(Map<String, String> fields, MessageRequest request) {
        addresses(fields, request);
        byte[] sm = request.getShortMessage();
        if (sm != null) {
            fields.put("short_message", printable(sm));
        }
    }

    private static void addresses(Map<String, String> fields, AbstractSmCommand command) {
        fields.put("service_type", command.getServiceType());
        fields.put("source_addr", command.getSourceAddr());
        fields.put("destination_addr", command.getDestAddress());
        fields.put("esm_class", String.format("0x%02x", command.getEsmClass()));
        fields.put("registered_delivery", String.format("0x%02x", command.getRegisteredDelivery()));
        fields.put("data_coding", String.format("0x%02x", command.getDataCoding()));
        Tlvs tlvs = Tlvs.of(command.getOptionalParameters());
        byte[] receipted = tlvs.get(Tlvs.RECEIPTED_MESSAGE_ID);
        if (receipted != null) {
            fields.put("receipted_message_id", new String(receipted, StandardCharsets.US_ASCII).replace("\0", ""));
        }
        if (tlvs.has(Tlvs.MESSAGE_STATE)) {
            fields.put("message_state", String.valueOf(tlvs.unsigned(Tlvs.MESSAGE_STATE)));
        }
    }

    /** The octets as ASCII with anything unprintable shown as '.', for reading logs and asserting receipts. */
    private static String printable(byte[] octets) {
        StringBuilder text = new StringBuilder(octets.length);
        for (byte b : octets) {
            text.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
        }
        return text.toString();
    }
}
