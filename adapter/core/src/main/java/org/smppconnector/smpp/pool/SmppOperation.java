package org.smppconnector.smpp.pool;

/**
 * Requests a client may send beyond binding and keeping the link, which SMSCs support
 * selectively (BulkSMS: submit_sm only; Mobile Text Alerts adds query_sm and cancel_sm).
 */
public enum SmppOperation {
    SUBMIT_SM,
    DATA_SM,
    SUBMIT_MULTI,
    QUERY_SM,
    CANCEL_SM,
    REPLACE_SM
}
