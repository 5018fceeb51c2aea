package org.smppconnector.api.inbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.Address;

/**
 * The contract the resource adapter relies on: one method per kind, no checked exceptions (so a
 * bean's failure reaches the adapter as a runtime exception and its transaction rolls back), and
 * one interface that takes both kinds.
 */
class ListenersTest {

    @Test
    void eachListenerHasOneMethodThatDeclaresNoCheckedException() throws NoSuchMethodException {
        Method onReceipt = ReceiptListener.class.getMethod("onReceipt", Receipt.class);
        Method onInbound = InboundMessageListener.class.getMethod("onInboundMessage", InboundMessage.class);
        assertArrayEquals(new Method[] {onReceipt}, ReceiptListener.class.getMethods());
        assertArrayEquals(new Method[] {onInbound}, InboundMessageListener.class.getMethods());
        assertEquals(0, onReceipt.getExceptionTypes().length);
        assertEquals(0, onInbound.getExceptionTypes().length);
    }

    @Test
    void theCombinedListenerTakesBothKinds() {
        List<Object> received = new ArrayList<>();
        SmppMessageListener bean = new SmppMessageListener() {
            @Override
            public void onReceipt(Receipt receipt) {
                received.add(receipt);
            }

            @Override
            public void onInboundMessage(InboundMessage message) {
                received.add(message);
            }
        };
        Receipt receipt = Receipt.builder().account("a").bindGroup("0")
                .source(Address.international("4520123456")).destination(Address.shortCode("555")).build();
        InboundMessage message = InboundMessage.builder().account("a").bindGroup("0")
                .source(Address.international("4520123456")).destination(Address.shortCode("555")).text("hi").build();

        ReceiptListener asReceipts = bean;
        InboundMessageListener asMessages = bean;
        asReceipts.onReceipt(receipt);
        asMessages.onInboundMessage(message);

        assertEquals(List.of(receipt, message), received);
        assertEquals(2, SmppMessageListener.class.getMethods().length);
    }

    @Test
    void theActivationPropertiesHaveTheirDocumentedNames() {
        assertEquals("account", ActivationProperties.ACCOUNT);
        assertEquals("bindGroup", ActivationProperties.BIND_GROUP);
        assertTrue(ActivationProperties.class.getDeclaredConstructors().length == 1
                && !ActivationProperties.class.getDeclaredConstructors()[0].canAccess(null));
    }
}
