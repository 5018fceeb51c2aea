package org.smppconnector.simulator.record;

/** What the simulator counts. */
public enum Counter {
    CONNECTIONS_ACCEPTED,
    /** Connections to a TLS endpoint closed before a TLS session began: plain client, silence, handshake error. */
    TLS_HANDSHAKES_FAILED,
    BINDS_ACCEPTED,
    BINDS_REFUSED,
    SESSIONS_CLOSED,
    UNBINDS_RECEIVED,
    UNBINDS_SENT,
    PDUS_RECEIVED,
    PDUS_SENT,
    /** submit_sm, data_sm and submit_multi PDUs accepted (one per part). */
    SUBMITS_ACCEPTED,
    /** submit_sm, data_sm and submit_multi PDUs answered with an error. */
    SUBMITS_REFUSED,
    THROTTLED,
    QUEUE_FULL,
    RESPONSES_DROPPED,
    RESPONSES_DELAYED,
    CONNECTIONS_DROPPED,
    /** Whole messages recorded, multipart ones once reassembled. */
    MESSAGES_RECEIVED,
    /** Multipart messages whose parts did not all arrive in time. */
    MESSAGES_INCOMPLETE,
    QUERIES,
    CANCELS,
    REPLACES,
    RECEIPTS_SCHEDULED,
    /** deliver_sm receipts written, redeliveries included. */
    RECEIPTS_SENT,
    RECEIPTS_ACKNOWLEDGED,
    MO_INJECTED,
    MO_SENT,
    MO_ACKNOWLEDGED,
    /** deliver_sm answered with an error status (e.g. ESME_RX_T_APPN). */
    DELIVERIES_NACKED,
    /** deliver_sm not answered in time. */
    DELIVERIES_TIMED_OUT,
    DELIVERIES_RETRIED,
    /** Deliveries dropped because the account's queue was full or they outlived the retention. */
    DELIVERIES_DISCARDED,
    ENQUIRE_LINKS_SENT,
    /** outbind PDUs sent, on connections the simulator made to an ESME. */
    OUTBINDS_SENT
}
