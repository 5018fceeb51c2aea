package org.smppconnector.smpp.pdu;

/**
 * The command_status values: the whole SMPP 3.4 table (section 5.1.3) and the codes SMPP 5.0
 * added (section 4.7.6), with names and descriptions.
 */
public final class CommandStatus {

    public static final int ESME_ROK = 0x00000000;
    public static final int ESME_RINVMSGLEN = 0x00000001;
    public static final int ESME_RINVCMDLEN = 0x00000002;
    public static final int ESME_RINVCMDID = 0x00000003;
    public static final int ESME_RINVBNDSTS = 0x00000004;
    public static final int ESME_RALYBND = 0x00000005;
    public static final int ESME_RINVPRTFLG = 0x00000006;
    public static final int ESME_RINVREGDLVFLG = 0x00000007;
    public static final int ESME_RSYSERR = 0x00000008;
    public static final int ESME_RINVSRCADR = 0x0000000A;
    public static final int ESME_RINVDSTADR = 0x0000000B;
    public static final int ESME_RINVMSGID = 0x0000000C;
    public static final int ESME_RBINDFAIL = 0x0000000D;
    public static final int ESME_RINVPASWD = 0x0000000E;
    public static final int ESME_RINVSYSID = 0x0000000F;
    public static final int ESME_RCANCELFAIL = 0x00000011;
    public static final int ESME_RREPLACEFAIL = 0x00000013;
    public static final int ESME_RMSGQFUL = 0x00000014;
    public static final int ESME_RINVSERTYP = 0x00000015;
    public static final int ESME_RINVNUMDESTS = 0x00000033;
    public static final int ESME_RINVDLNAME = 0x00000034;
    public static final int ESME_RINVDESTFLAG = 0x00000040;
    public static final int ESME_RINVSUBREP = 0x00000042;
    public static final int ESME_RINVESMCLASS = 0x00000043;
    public static final int ESME_RCNTSUBDL = 0x00000044;
    public static final int ESME_RSUBMITFAIL = 0x00000045;
    public static final int ESME_RINVSRCTON = 0x00000048;
    public static final int ESME_RINVSRCNPI = 0x00000049;
    public static final int ESME_RINVDSTTON = 0x00000050;
    public static final int ESME_RINVDSTNPI = 0x00000051;
    public static final int ESME_RINVSYSTYP = 0x00000053;
    public static final int ESME_RINVREPFLAG = 0x00000054;
    public static final int ESME_RINVNUMMSGS = 0x00000055;
    public static final int ESME_RTHROTTLED = 0x00000058;
    public static final int ESME_RINVSCHED = 0x00000061;
    public static final int ESME_RINVEXPIRY = 0x00000062;
    public static final int ESME_RINVDFTMSGID = 0x00000063;
    public static final int ESME_RX_T_APPN = 0x00000064;
    public static final int ESME_RX_P_APPN = 0x00000065;
    public static final int ESME_RX_R_APPN = 0x00000066;
    public static final int ESME_RQUERYFAIL = 0x00000067;
    public static final int ESME_RINVOPTPARSTREAM = 0x000000C0;
    public static final int ESME_ROPTPARNOTALLWD = 0x000000C1;
    public static final int ESME_RINVPARLEN = 0x000000C2;
    public static final int ESME_RMISSINGOPTPARAM = 0x000000C3;
    public static final int ESME_RINVOPTPARAMVAL = 0x000000C4;
    public static final int ESME_RDELIVERYFAILURE = 0x000000FE;
    public static final int ESME_RUNKNOWNERR = 0x000000FF;
    // SMPP 5.0 additions.
    public static final int ESME_RSERTYPUNAUTH = 0x00000100;
    public static final int ESME_RPROHIBITED = 0x00000101;
    public static final int ESME_RSERTYPUNAVAIL = 0x00000102;
    public static final int ESME_RSERTYPDENIED = 0x00000103;
    public static final int ESME_RINVDCS = 0x00000104;
    public static final int ESME_RINVSRCADDRSUBUNIT = 0x00000105;
    public static final int ESME_RINVDSTADDRSUBUNIT = 0x00000106;
    public static final int ESME_RINVBCASTFREQINT = 0x00000107;
    public static final int ESME_RINVBCASTALIAS_NAME = 0x00000108;
    public static final int ESME_RINVBCASTAREAFMT = 0x00000109;
    public static final int ESME_RINVNUMBCAST_AREAS = 0x0000010A;
    public static final int ESME_RINVBCASTCNTTYPE = 0x0000010B;
    public static final int ESME_RINVBCASTMSGCLASS = 0x0000010C;
    public static final int ESME_RBCASTFAIL = 0x0000010D;
    public static final int ESME_RBCASTQUERYFAIL = 0x0000010E;
    public static final int ESME_RBCASTCANCELFAIL = 0x0000010F;
    public static final int ESME_RINVBCAST_REP = 0x00000110;
    public static final int ESME_RINVBCASTSRVGRP = 0x00000111;
    public static final int ESME_RINVBCASTCHANIND = 0x00000112;

    private record Entry(int value, String name, String description) {
    }

    private static final Entry[] TABLE = {
        new Entry(ESME_ROK, "ESME_ROK", "No Error"),
        new Entry(ESME_RINVMSGLEN, "ESME_RINVMSGLEN", "Message Length is invalid"),
        new Entry(ESME_RINVCMDLEN, "ESME_RINVCMDLEN", "Command Length is invalid"),
        new Entry(ESME_RINVCMDID, "ESME_RINVCMDID", "Invalid Command ID"),
        new Entry(ESME_RINVBNDSTS, "ESME_RINVBNDSTS", "Incorrect BIND Status for given command"),
        new Entry(ESME_RALYBND, "ESME_RALYBND", "ESME Already in Bound State"),
        new Entry(ESME_RINVPRTFLG, "ESME_RINVPRTFLG", "Invalid Priority Flag"),
        new Entry(ESME_RINVREGDLVFLG, "ESME_RINVREGDLVFLG", "Invalid Registered Delivery Flag"),
        new Entry(ESME_RSYSERR, "ESME_RSYSERR", "System Error"),
        new Entry(ESME_RINVSRCADR, "ESME_RINVSRCADR", "Invalid Source Address"),
        new Entry(ESME_RINVDSTADR, "ESME_RINVDSTADR", "Invalid Dest Addr"),
        new Entry(ESME_RINVMSGID, "ESME_RINVMSGID", "Message ID is invalid"),
        new Entry(ESME_RBINDFAIL, "ESME_RBINDFAIL", "Bind Failed"),
        new Entry(ESME_RINVPASWD, "ESME_RINVPASWD", "Invalid Password"),
        new Entry(ESME_RINVSYSID, "ESME_RINVSYSID", "Invalid System ID"),
        new Entry(ESME_RCANCELFAIL, "ESME_RCANCELFAIL", "Cancel SM Failed"),
        new Entry(ESME_RREPLACEFAIL, "ESME_RREPLACEFAIL", "Replace SM Failed"),
        new Entry(ESME_RMSGQFUL, "ESME_RMSGQFUL", "Message Queue Full"),
        new Entry(ESME_RINVSERTYP, "ESME_RINVSERTYP", "Invalid Service Type"),
        new Entry(ESME_RINVNUMDESTS, "ESME_RINVNUMDESTS", "Invalid number of destinations"),
        new Entry(ESME_RINVDLNAME, "ESME_RINVDLNAME", "Invalid Distribution List name"),
        new Entry(ESME_RINVDESTFLAG, "ESME_RINVDESTFLAG", "Destination flag is invalid (submit_multi)"),
        new Entry(ESME_RINVSUBREP, "ESME_RINVSUBREP", "Invalid 'submit with replace' request"),
        new Entry(ESME_RINVESMCLASS, "ESME_RINVESMCLASS", "Invalid esm_class field data"),
        new Entry(ESME_RCNTSUBDL, "ESME_RCNTSUBDL", "Cannot Submit to Distribution List"),
        new Entry(ESME_RSUBMITFAIL, "ESME_RSUBMITFAIL", "submit_sm or submit_multi failed"),
        new Entry(ESME_RINVSRCTON, "ESME_RINVSRCTON", "Invalid Source address TON"),
        new Entry(ESME_RINVSRCNPI, "ESME_RINVSRCNPI", "Invalid Source address NPI"),
        new Entry(ESME_RINVDSTTON, "ESME_RINVDSTTON", "Invalid Destination address TON"),
        new Entry(ESME_RINVDSTNPI, "ESME_RINVDSTNPI", "Invalid Destination address NPI"),
        new Entry(ESME_RINVSYSTYP, "ESME_RINVSYSTYP", "Invalid system_type field"),
        new Entry(ESME_RINVREPFLAG, "ESME_RINVREPFLAG", "Invalid replace_if_present flag"),
        new Entry(ESME_RINVNUMMSGS, "ESME_RINVNUMMSGS", "Invalid number of messages"),
        new Entry(ESME_RTHROTTLED, "ESME_RTHROTTLED", "Throttling error (ESME has exceeded allowed message limits)"),
        new Entry(ESME_RINVSCHED, "ESME_RINVSCHED", "Invalid Scheduled Delivery Time"),
        new Entry(ESME_RINVEXPIRY, "ESME_RINVEXPIRY", "Invalid message validity period (Expiry time)"),
        new Entry(ESME_RINVDFTMSGID, "ESME_RINVDFTMSGID", "Predefined Message Invalid or Not Found"),
        new Entry(ESME_RX_T_APPN, "ESME_RX_T_APPN", "ESME Receiver Temporary App Error Code"),
        new Entry(ESME_RX_P_APPN, "ESME_RX_P_APPN", "ESME Receiver Permanent App Error Code"),
        new Entry(ESME_RX_R_APPN, "ESME_RX_R_APPN", "ESME Receiver Reject Message Error Code"),
        new Entry(ESME_RQUERYFAIL, "ESME_RQUERYFAIL", "query_sm request failed"),
        new Entry(ESME_RINVOPTPARSTREAM, "ESME_RINVOPTPARSTREAM", "Error in the optional part of the PDU Body"),
        new Entry(ESME_ROPTPARNOTALLWD, "ESME_ROPTPARNOTALLWD", "Optional Parameter not allowed"),
        new Entry(ESME_RINVPARLEN, "ESME_RINVPARLEN", "Invalid Parameter Length"),
        new Entry(ESME_RMISSINGOPTPARAM, "ESME_RMISSINGOPTPARAM", "Expected Optional Parameter missing"),
        new Entry(ESME_RINVOPTPARAMVAL, "ESME_RINVOPTPARAMVAL", "Invalid Optional Parameter Value"),
        new Entry(ESME_RDELIVERYFAILURE, "ESME_RDELIVERYFAILURE", "Delivery Failure (used for data_sm_resp)"),
        new Entry(ESME_RUNKNOWNERR, "ESME_RUNKNOWNERR", "Unknown Error"),
        new Entry(ESME_RSERTYPUNAUTH, "ESME_RSERTYPUNAUTH", "ESME Not authorised to use specified service_type"),
        new Entry(ESME_RPROHIBITED, "ESME_RPROHIBITED", "ESME Prohibited from using specified operation"),
        new Entry(ESME_RSERTYPUNAVAIL, "ESME_RSERTYPUNAVAIL", "Specified service_type is unavailable"),
        new Entry(ESME_RSERTYPDENIED, "ESME_RSERTYPDENIED", "Specified service_type is denied"),
        new Entry(ESME_RINVDCS, "ESME_RINVDCS", "Invalid Data Coding Scheme"),
        new Entry(ESME_RINVSRCADDRSUBUNIT, "ESME_RINVSRCADDRSUBUNIT", "Source Address Sub unit is Invalid"),
        new Entry(ESME_RINVDSTADDRSUBUNIT, "ESME_RINVDSTADDRSUBUNIT", "Destination Address Sub unit is Invalid"),
        new Entry(ESME_RINVBCASTFREQINT, "ESME_RINVBCASTFREQINT", "Broadcast Frequency Interval is invalid"),
        new Entry(ESME_RINVBCASTALIAS_NAME, "ESME_RINVBCASTALIAS_NAME", "Broadcast Alias Name is invalid"),
        new Entry(ESME_RINVBCASTAREAFMT, "ESME_RINVBCASTAREAFMT", "Broadcast Area Format is invalid"),
        new Entry(ESME_RINVNUMBCAST_AREAS, "ESME_RINVNUMBCAST_AREAS", "Number of Broadcast Areas is invalid"),
        new Entry(ESME_RINVBCASTCNTTYPE, "ESME_RINVBCASTCNTTYPE", "Broadcast Content Type is invalid"),
        new Entry(ESME_RINVBCASTMSGCLASS, "ESME_RINVBCASTMSGCLASS", "Broadcast Message Class is invalid"),
        new Entry(ESME_RBCASTFAIL, "ESME_RBCASTFAIL", "broadcast_sm operation failed"),
        new Entry(ESME_RBCASTQUERYFAIL, "ESME_RBCASTQUERYFAIL", "query_broadcast_sm operation failed"),
        new Entry(ESME_RBCASTCANCELFAIL, "ESME_RBCASTCANCELFAIL", "cancel_broadcast_sm operation failed"),
        new Entry(ESME_RINVBCAST_REP, "ESME_RINVBCAST_REP", "Number of Repeated Broadcasts is invalid"),
        new Entry(ESME_RINVBCASTSRVGRP, "ESME_RINVBCASTSRVGRP", "Broadcast Service Group is invalid"),
        new Entry(ESME_RINVBCASTCHANIND, "ESME_RINVBCASTCHANIND", "Broadcast Channel Indicator is invalid"),
    };

    private CommandStatus() {
    }

    /** Whether the value is in the table (as opposed to reserved or vendor specific). */
    public static boolean isKnown(int status) {
        return find(status) != null;
    }

    /** The spec name ("ESME_RTHROTTLED"), or a hex form that says which range an unknown value is in. */
    public static String name(int status) {
        Entry e = find(status);
        if (e != null) {
            return e.name;
        }
        if (status >= 0x400 && status <= 0x4FF) {
            return String.format("vendor-specific 0x%08X", status);
        }
        return String.format("reserved 0x%08X", status);
    }

    /** The spec's description of the value, or null when the value is not in the table. */
    public static String description(int status) {
        Entry e = find(status);
        return e == null ? null : e.description;
    }

    /** All values in the table, in ascending order. */
    public static int[] all() {
        int[] values = new int[TABLE.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = TABLE[i].value;
        }
        return values;
    }

    private static Entry find(int status) {
        // The table is in ascending order.
        int lo = 0;
        int hi = TABLE.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = TABLE[mid].value;
            if (v < status) {
                lo = mid + 1;
            } else if (v > status) {
                hi = mid - 1;
            } else {
                return TABLE[mid];
            }
        }
        return null;
    }
}
