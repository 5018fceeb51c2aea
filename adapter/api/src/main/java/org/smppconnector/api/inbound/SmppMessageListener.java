package org.smppconnector.api.inbound;

/**
 * Both listeners in one, for a message-driven bean that takes an account's receipts and its
 * inbound messages. (A bean class implementing the two interfaces separately would have to name
 * one of them as its message listener interface, and so receive only that kind.)
 */
public interface SmppMessageListener extends ReceiptListener, InboundMessageListener {

    // Declared again, not only inherited: a container looks a bean's transaction attributes up by
    // the methods of its message listener interface itself (Payara finds none for inherited ones,
    // and then fails every delivery).

    @Override
    void onReceipt(Receipt receipt);

    @Override
    void onInboundMessage(InboundMessage message);
}
