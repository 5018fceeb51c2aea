package org.smppconnector.simulator.delivery;

/** Which of an account's receiving sessions gets a delivery. */
public enum DeliveryRouting {
    /** The session that submitted the message if it can receive, else round-robin. */
    SUBMITTER_FIRST,
    /** Spread over all the account's receiving sessions in turn (GatewayAPI). */
    ROUND_ROBIN,
    /** The receiving session that joined the delivery's bind group most recently (BulkSMS). */
    BIND_GROUP
}
