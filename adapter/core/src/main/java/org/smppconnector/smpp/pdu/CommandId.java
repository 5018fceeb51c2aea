package org.smppconnector.smpp.pdu;

/**
 * The command_id values of SMPP 3.4 (section 5.1.2.1), with their spec names.
 * A response id is its request id with the top bit set.
 */
public final class CommandId {

    /** The bit that marks a response command_id. */
    public static final int RESPONSE_BIT = 0x80000000;

    public static final int GENERIC_NACK = 0x80000000;
    public static final int BIND_RECEIVER = 0x00000001;
    public static final int BIND_RECEIVER_RESP = 0x80000001;
    public static final int BIND_TRANSMITTER = 0x00000002;
    public static final int BIND_TRANSMITTER_RESP = 0x80000002;
    public static final int QUERY_SM = 0x00000003;
    public static final int QUERY_SM_RESP = 0x80000003;
    public static final int SUBMIT_SM = 0x00000004;
    public static final int SUBMIT_SM_RESP = 0x80000004;
    public static final int DELIVER_SM = 0x00000005;
    public static final int DELIVER_SM_RESP = 0x80000005;
    public static final int UNBIND = 0x00000006;
    public static final int UNBIND_RESP = 0x80000006;
    public static final int REPLACE_SM = 0x00000007;
    public static final int REPLACE_SM_RESP = 0x80000007;
    public static final int CANCEL_SM = 0x00000008;
    public static final int CANCEL_SM_RESP = 0x80000008;
    public static final int BIND_TRANSCEIVER = 0x00000009;
    public static final int BIND_TRANSCEIVER_RESP = 0x80000009;
    public static final int OUTBIND = 0x0000000B;
    public static final int ENQUIRE_LINK = 0x00000015;
    public static final int ENQUIRE_LINK_RESP = 0x80000015;
    public static final int SUBMIT_MULTI = 0x00000021;
    public static final int SUBMIT_MULTI_RESP = 0x80000021;
    public static final int ALERT_NOTIFICATION = 0x00000102;
    public static final int DATA_SM = 0x00000103;
    public static final int DATA_SM_RESP = 0x80000103;

    private static final int[] IDS = {
        GENERIC_NACK, BIND_RECEIVER, BIND_RECEIVER_RESP, BIND_TRANSMITTER, BIND_TRANSMITTER_RESP,
        QUERY_SM, QUERY_SM_RESP, SUBMIT_SM, SUBMIT_SM_RESP, DELIVER_SM, DELIVER_SM_RESP,
        UNBIND, UNBIND_RESP, REPLACE_SM, REPLACE_SM_RESP, CANCEL_SM, CANCEL_SM_RESP,
        BIND_TRANSCEIVER, BIND_TRANSCEIVER_RESP, OUTBIND, ENQUIRE_LINK, ENQUIRE_LINK_RESP,
        SUBMIT_MULTI, SUBMIT_MULTI_RESP, ALERT_NOTIFICATION, DATA_SM, DATA_SM_RESP,
    };
    private static final String[] NAMES = {
        "generic_nack", "bind_receiver", "bind_receiver_resp", "bind_transmitter", "bind_transmitter_resp",
        "query_sm", "query_sm_resp", "submit_sm", "submit_sm_resp", "deliver_sm", "deliver_sm_resp",
        "unbind", "unbind_resp", "replace_sm", "replace_sm_resp", "cancel_sm", "cancel_sm_resp",
        "bind_transceiver", "bind_transceiver_resp", "outbind", "enquire_link", "enquire_link_resp",
        "submit_multi", "submit_multi_resp", "alert_notification", "data_sm", "data_sm_resp",
    };

    private CommandId() {
    }

    /** Whether this command_id is one this codec knows. */
    public static boolean isKnown(int commandId) {
        return indexOf(commandId) >= 0;
    }

    /** Whether the id denotes a response (its top bit is set). */
    public static boolean isResponse(int commandId) {
        return (commandId & RESPONSE_BIT) != 0;
    }

    /** The response id that answers a request id. */
    public static int responseOf(int requestCommandId) {
        return requestCommandId | RESPONSE_BIT;
    }

    /** The spec name ("submit_sm"), or "command_id 0x........" for an unknown id. */
    public static String name(int commandId) {
        int i = indexOf(commandId);
        return i >= 0 ? NAMES[i] : String.format("command_id 0x%08X", commandId);
    }

    /** All command ids this codec knows, in the spec's table order. */
    public static int[] all() {
        return IDS.clone();
    }

    private static int indexOf(int commandId) {
        for (int i = 0; i < IDS.length; i++) {
            if (IDS[i] == commandId) {
                return i;
            }
        }
        return -1;
    }
}
