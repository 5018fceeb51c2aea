package org.smppconnector.api.inbound;

/**
 * The activation properties a message-driven bean sets to choose what it receives, as
 * {@code @ActivationConfigProperty(propertyName = ActivationProperties.ACCOUNT, propertyValue = "bulksms")}.
 * Both are optional. Which kinds it receives follows from the listener interface it implements:
 * {@link ReceiptListener}, {@link InboundMessageListener}, or both in {@link SmppMessageListener}.
 */
public final class ActivationProperties {

    /** The name of the account whose deliver_sm the bean receives. Unset: every account's. */
    public static final String ACCOUNT = "account";

    /**
     * The bind group whose receiving sessions the bean receives from. Unset: every group of the
     * account(s). Matters where the provider routes by group: BulkSMS sends the receipts of a
     * group's transmitters to that group's receiver, and every inbound message to group "0".
     */
    public static final String BIND_GROUP = "bindGroup";

    private ActivationProperties() {
    }
}
