package org.smppconnector.smpp.receipt;

/** Where a value of a parsed receipt came from. */
public enum Source {
    /** A deliver_sm TLV: receipted_message_id, message_state or network_error_code. */
    TLV,
    /** The receipt text in short_message (or message_payload). */
    TEXT
}
