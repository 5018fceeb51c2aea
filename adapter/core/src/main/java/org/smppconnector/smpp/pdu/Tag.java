package org.smppconnector.smpp.pdu;

import java.util.Arrays;

/**
 * The standard TLV tags: the SMPP 3.4 table (section 5.3.2) and the tags SMPP 5.0 added
 * (section 4.8), each with its spec name, value type and the value lengths the spec allows.
 * Tags not listed here are still carried (as raw octets) by {@link Tlvs}.
 */
public enum Tag {
    DEST_ADDR_SUBUNIT(0x0005, "dest_addr_subunit", TlvType.INT1),
    DEST_NETWORK_TYPE(0x0006, "dest_network_type", TlvType.INT1),
    DEST_BEARER_TYPE(0x0007, "dest_bearer_type", TlvType.INT1),
    DEST_TELEMATICS_ID(0x0008, "dest_telematics_id", TlvType.INT2),
    SOURCE_ADDR_SUBUNIT(0x000D, "source_addr_subunit", TlvType.INT1),
    SOURCE_NETWORK_TYPE(0x000E, "source_network_type", TlvType.INT1),
    SOURCE_BEARER_TYPE(0x000F, "source_bearer_type", TlvType.INT1),
    SOURCE_TELEMATICS_ID(0x0010, "source_telematics_id", TlvType.INT1),
    QOS_TIME_TO_LIVE(0x0017, "qos_time_to_live", TlvType.INT4),
    PAYLOAD_TYPE(0x0019, "payload_type", TlvType.INT1),
    ADDITIONAL_STATUS_INFO_TEXT(0x001D, "additional_status_info_text", TlvType.C_STRING, 1, 256),
    RECEIPTED_MESSAGE_ID(0x001E, "receipted_message_id", TlvType.C_STRING, 1, 65),
    MS_MSG_WAIT_FACILITIES(0x0030, "ms_msg_wait_facilities", TlvType.INT1),
    PRIVACY_INDICATOR(0x0201, "privacy_indicator", TlvType.INT1),
    SOURCE_SUBADDRESS(0x0202, "source_subaddress", TlvType.OCTETS, 2, 23),
    DEST_SUBADDRESS(0x0203, "dest_subaddress", TlvType.OCTETS, 2, 23),
    USER_MESSAGE_REFERENCE(0x0204, "user_message_reference", TlvType.INT2),
    USER_RESPONSE_CODE(0x0205, "user_response_code", TlvType.INT1),
    SOURCE_PORT(0x020A, "source_port", TlvType.INT2),
    DESTINATION_PORT(0x020B, "destination_port", TlvType.INT2),
    SAR_MSG_REF_NUM(0x020C, "sar_msg_ref_num", TlvType.INT2),
    LANGUAGE_INDICATOR(0x020D, "language_indicator", TlvType.INT1),
    SAR_TOTAL_SEGMENTS(0x020E, "sar_total_segments", TlvType.INT1),
    SAR_SEGMENT_SEQNUM(0x020F, "sar_segment_seqnum", TlvType.INT1),
    SC_INTERFACE_VERSION(0x0210, "sc_interface_version", TlvType.INT1),
    CALLBACK_NUM_PRES_IND(0x0302, "callback_num_pres_ind", TlvType.INT1),
    /** First octet is the data coding of the rest (3.4 section 5.3.2.38). */
    CALLBACK_NUM_ATAG(0x0303, "callback_num_atag", TlvType.OCTETS, 1, 65),
    NUMBER_OF_MESSAGES(0x0304, "number_of_messages", TlvType.INT1),
    CALLBACK_NUM(0x0381, "callback_num", TlvType.OCTETS, 4, 19),
    DPF_RESULT(0x0420, "dpf_result", TlvType.INT1),
    SET_DPF(0x0421, "set_dpf", TlvType.INT1),
    MS_AVAILABILITY_STATUS(0x0422, "ms_availability_status", TlvType.INT1),
    /** network type (1 octet) then error code (2 octets); see {@link Tlvs#getNetworkErrorCode()}. */
    NETWORK_ERROR_CODE(0x0423, "network_error_code", TlvType.OCTETS, 3, 3),
    MESSAGE_PAYLOAD(0x0424, "message_payload", TlvType.OCTETS, 0, 0xFFFF),
    DELIVERY_FAILURE_REASON(0x0425, "delivery_failure_reason", TlvType.INT1),
    MORE_MESSAGES_TO_SEND(0x0426, "more_messages_to_send", TlvType.INT1),
    MESSAGE_STATE(0x0427, "message_state", TlvType.INT1),
    /** SMPP 5.0. */
    CONGESTION_STATE(0x0428, "congestion_state", TlvType.INT1),
    USSD_SERVICE_OP(0x0501, "ussd_service_op", TlvType.INT1),
    /** SMPP 5.0 cell broadcast tags. */
    BROADCAST_CHANNEL_INDICATOR(0x0600, "broadcast_channel_indicator", TlvType.INT1),
    BROADCAST_CONTENT_TYPE(0x0601, "broadcast_content_type", TlvType.OCTETS, 3, 3),
    BROADCAST_CONTENT_TYPE_INFO(0x0602, "broadcast_content_type_info", TlvType.OCTETS, 0, 255),
    BROADCAST_MESSAGE_CLASS(0x0603, "broadcast_message_class", TlvType.INT1),
    BROADCAST_REP_NUM(0x0604, "broadcast_rep_num", TlvType.INT2),
    BROADCAST_FREQUENCY_INTERVAL(0x0605, "broadcast_frequency_interval", TlvType.OCTETS, 3, 3),
    BROADCAST_AREA_IDENTIFIER(0x0606, "broadcast_area_identifier", TlvType.OCTETS, 0, 0xFFFF),
    BROADCAST_ERROR_STATUS(0x0607, "broadcast_error_status", TlvType.INT4),
    BROADCAST_AREA_SUCCESS(0x0608, "broadcast_area_success", TlvType.INT1),
    BROADCAST_END_TIME(0x0609, "broadcast_end_time", TlvType.C_STRING, 1, 17),
    BROADCAST_SERVICE_GROUP(0x060A, "broadcast_service_group", TlvType.OCTETS, 0, 0xFFFF),
    /** SMPP 5.0; the first octet says what the rest is. */
    BILLING_IDENTIFICATION(0x060B, "billing_identification", TlvType.OCTETS, 0, 1024),
    SOURCE_NETWORK_ID(0x060D, "source_network_id", TlvType.C_STRING, 1, 65),
    DEST_NETWORK_ID(0x060E, "dest_network_id", TlvType.C_STRING, 1, 65),
    SOURCE_NODE_ID(0x060F, "source_node_id", TlvType.OCTETS, 6, 6),
    DEST_NODE_ID(0x0610, "dest_node_id", TlvType.OCTETS, 6, 6),
    DEST_ADDR_NP_RESOLUTION(0x0611, "dest_addr_np_resolution", TlvType.INT1),
    DEST_ADDR_NP_INFORMATION(0x0612, "dest_addr_np_information", TlvType.OCTETS, 10, 10),
    DEST_ADDR_NP_COUNTRY(0x0613, "dest_addr_np_country", TlvType.OCTETS, 1, 5),
    DISPLAY_TIME(0x1201, "display_time", TlvType.INT1),
    SMS_SIGNAL(0x1203, "sms_signal", TlvType.INT2),
    /** One octet in 3.4; SMPP 5.0 allows 4 (validity behaviour plus a time unit and count). */
    MS_VALIDITY(0x1204, "ms_validity", TlvType.INT1, 1, 4),
    /** No value in 3.4; SMPP 5.0 allows one octet (the alert type). */
    ALERT_ON_MESSAGE_DELIVERY(0x130C, "alert_on_message_delivery", TlvType.OCTETS, 0, 1),
    ITS_REPLY_TYPE(0x1380, "its_reply_type", TlvType.INT1),
    ITS_SESSION_INFO(0x1383, "its_session_info", TlvType.OCTETS, 2, 2);

    private static final Tag[] BY_CODE = values().clone();
    private static final int[] CODES;

    static {
        Arrays.sort(BY_CODE, (a, b) -> Integer.compare(a.code, b.code));
        CODES = new int[BY_CODE.length];
        for (int i = 0; i < BY_CODE.length; i++) {
            CODES[i] = BY_CODE[i].code;
        }
    }

    private final int code;
    private final String specName;
    private final TlvType type;
    private final int minLength;
    private final int maxLength;

    Tag(int code, String specName, TlvType type) {
        this(code, specName, type, type.width(), type.width());
    }

    Tag(int code, String specName, TlvType type, int minLength, int maxLength) {
        this.code = code;
        this.specName = specName;
        this.type = type;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** The 16-bit tag value on the wire. */
    public int code() {
        return code;
    }

    /** The name the spec uses ("receipted_message_id"). */
    public String specName() {
        return specName;
    }

    public TlvType type() {
        return type;
    }

    /** Least value length in octets the spec allows (a C-string's NUL included). */
    public int minLength() {
        return minLength;
    }

    /** Greatest value length in octets the spec allows (a C-string's NUL included). */
    public int maxLength() {
        return maxLength;
    }

    /** The tag with this code, or null when it is not a standard one. */
    public static Tag of(int code) {
        int i = Arrays.binarySearch(CODES, code);
        return i >= 0 ? BY_CODE[i] : null;
    }

    /** The spec name for a standard tag, else "tag 0x....". */
    public static String nameOf(int code) {
        Tag t = of(code);
        return t != null ? t.specName : String.format("tag 0x%04X", code);
    }
}
