package org.smppconnector.simulator.smpp;

import java.util.HashMap;
import java.util.Map;

import org.jsmpp.SMPPConstant;

/** SMPP command_id values and the names the specification gives them. */
public final class CommandNames {
    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        request(SMPPConstant.CID_BIND_RECEIVER, "bind_receiver");
        request(SMPPConstant.CID_BIND_TRANSMITTER, "bind_transmitter");
        request(SMPPConstant.CID_BIND_TRANSCEIVER, "bind_transceiver");
        request(SMPPConstant.CID_QUERY_SM, "query_sm");
        request(SMPPConstant.CID_SUBMIT_SM, "submit_sm");
        request(SMPPConstant.CID_DELIVER_SM, "deliver_sm");
        request(SMPPConstant.CID_UNBIND, "unbind");
        request(SMPPConstant.CID_REPLACE_SM, "replace_sm");
        request(SMPPConstant.CID_CANCEL_SM, "cancel_sm");
        request(SMPPConstant.CID_OUTBIND, "outbind");
        request(SMPPConstant.CID_ENQUIRE_LINK, "enquire_link");
        request(SMPPConstant.CID_SUBMIT_MULTI, "submit_multi");
        request(SMPPConstant.CID_ALERT_NOTIFICATION, "alert_notification");
        request(SMPPConstant.CID_DATA_SM, "data_sm");
        request(SMPPConstant.CID_BROADCAST_SM, "broadcast_sm");
        request(SMPPConstant.CID_QUERY_BROADCAST_SM, "query_broadcast_sm");
        request(SMPPConstant.CID_CANCEL_BROADCAST_SM, "cancel_broadcast_sm");
        NAMES.put(SMPPConstant.CID_GENERIC_NACK, "generic_nack");
    }

    private CommandNames() {
    }

    private static void request(int id, String name) {
        NAMES.put(id, name);
        NAMES.put(id | SMPPConstant.MASK_CID_RESP, name + "_resp");
    }

    /** The command's name, or {@code unknown(0x...)} for an id the specification does not define. */
    public static String of(int commandId) {
        String name = NAMES.get(commandId);
        return name != null ? name : String.format("unknown(0x%08x)", commandId);
    }

    public static boolean isResponse(int commandId) {
        return (commandId & SMPPConstant.MASK_CID_RESP) != 0;
    }
}
