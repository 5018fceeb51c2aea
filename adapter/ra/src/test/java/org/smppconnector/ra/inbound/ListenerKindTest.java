package org.smppconnector.ra.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.smppconnector.api.inbound.InboundMessage;
import org.smppconnector.api.inbound.InboundMessageListener;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.api.inbound.ReceiptListener;
import org.smppconnector.api.inbound.SmppMessageListener;

class ListenerKindTest {

    private static final class Both implements SmppMessageListener {
        @Override
        public void onReceipt(Receipt receipt) {
        }

        @Override
        public void onInboundMessage(InboundMessage message) {
        }
    }

    private static final class ReceiptsOnly implements ReceiptListener {
        @Override
        public void onReceipt(Receipt receipt) {
        }
    }

    @Test
    void aBeanOnTheCombinedInterfaceIsAskedAboutThatInterfacesOwnMethods() {
        // Payara keys transaction attributes by the listener interface's declared method: the
        // inherited one made every delivery to an SmppMessageListener bean fail.
        assertEquals(SmppMessageListener.class, ListenerKind.RECEIPT.methodFor(new Both()).getDeclaringClass());
        assertEquals(SmppMessageListener.class,
                ListenerKind.INBOUND_MESSAGE.methodFor(new Both()).getDeclaringClass());
    }

    @Test
    void aBeanOnOneInterfaceIsAskedAboutThatInterfacesMethod() {
        assertEquals(ReceiptListener.class, ListenerKind.RECEIPT.methodFor(new ReceiptsOnly()).getDeclaringClass());
        assertEquals(InboundMessageListener.class, ListenerKind.INBOUND_MESSAGE.method().getDeclaringClass());
    }
}
