package org.smppconnector.smpp.pdu;

import static org.smppconnector.smpp.pdu.CommandStatus.*;

/**
 * The C-octet string fields of the mandatory bodies, with the longest text the SMPP 3.4 tables
 * allow (their size minus the NUL) and the command_status that answers a request whose field is
 * malformed.
 */
enum Field {
    SYSTEM_ID("system_id", 15, ESME_RINVSYSID),
    PASSWORD("password", 8, ESME_RINVPASWD),
    SYSTEM_TYPE("system_type", 12, ESME_RINVSYSTYP),
    ADDRESS_RANGE("address_range", 40, ESME_RBINDFAIL),
    SERVICE_TYPE("service_type", 5, ESME_RINVSERTYP),
    SOURCE_ADDR("source_addr", 20, ESME_RINVSRCADR),
    DESTINATION_ADDR("destination_addr", 20, ESME_RINVDSTADR),
    /** data_sm and alert_notification allow 65 octets for addresses. */
    SOURCE_ADDR_65("source_addr", 64, ESME_RINVSRCADR),
    DESTINATION_ADDR_65("destination_addr", 64, ESME_RINVDSTADR),
    ESME_ADDR("esme_addr", 64, ESME_RINVDSTADR),
    DL_NAME("dl_name", 20, ESME_RINVDLNAME),
    MESSAGE_ID("message_id", 64, ESME_RINVMSGID),
    /** The time fields are empty or exactly 16 characters (SMPP 3.4 section 7.1). */
    SCHEDULE_DELIVERY_TIME("schedule_delivery_time", 16, ESME_RINVSCHED, true),
    VALIDITY_PERIOD("validity_period", 16, ESME_RINVEXPIRY, true),
    FINAL_DATE("final_date", 16, ESME_RSYSERR, true);

    final String specName;
    final int maxChars;
    final int status;
    final boolean isTime;

    Field(String specName, int maxChars, int status) {
        this(specName, maxChars, status, false);
    }

    Field(String specName, int maxChars, int status, boolean isTime) {
        this.specName = specName;
        this.maxChars = maxChars;
        this.status = status;
        this.isTime = isTime;
    }
}
