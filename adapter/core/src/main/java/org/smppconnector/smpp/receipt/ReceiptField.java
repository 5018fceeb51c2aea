package org.smppconnector.smpp.receipt;

/** The parts of a delivery receipt, to say which one a problem is about. */
public enum ReceiptField {
    MESSAGE_ID,
    SUBMITTED,
    DELIVERED,
    SUBMIT_DATE,
    DONE_DATE,
    STATE,
    ERROR,
    TEXT,
    /** The receipt text as a whole: words before the first field, or no field at all. */
    LAYOUT
}
