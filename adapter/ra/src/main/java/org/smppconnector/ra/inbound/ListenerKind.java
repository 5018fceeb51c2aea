package org.smppconnector.ra.inbound;

import java.lang.reflect.Method;
import org.smppconnector.api.inbound.InboundMessage;
import org.smppconnector.api.inbound.InboundMessageListener;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.api.inbound.ReceiptListener;
import org.smppconnector.api.inbound.SmppMessageListener;

/** The two kinds of deliver_sm a bean can take, each with its listener interface and method. */
enum ListenerKind {
    RECEIPT(ReceiptListener.class, method(ReceiptListener.class, "onReceipt", Receipt.class),
            method(SmppMessageListener.class, "onReceipt", Receipt.class)),
    INBOUND_MESSAGE(InboundMessageListener.class,
            method(InboundMessageListener.class, "onInboundMessage", InboundMessage.class),
            method(SmppMessageListener.class, "onInboundMessage", InboundMessage.class));

    private final Class<?> listener;
    private final Method method;
    private final Method combinedMethod;

    ListenerKind(Class<?> listener, Method method, Method combinedMethod) {
        this.listener = listener;
        this.method = method;
        this.combinedMethod = combinedMethod;
    }

    Class<?> listener() {
        return listener;
    }

    Method method() {
        return method;
    }

    /**
     * The method as the endpoint's own listener interface declares it: the container keys the
     * bean's transaction attributes by that one, so a bean on {@link SmppMessageListener} must be
     * asked about SmppMessageListener's method, not the inherited one.
     */
    Method methodFor(Object endpoint) {
        return endpoint instanceof SmppMessageListener ? combinedMethod : method;
    }

    /** Calls the listener method; the endpoint is known to implement it. */
    void invoke(Object endpoint, Object payload) {
        if (this == RECEIPT) {
            ((ReceiptListener) endpoint).onReceipt((Receipt) payload);
        } else {
            ((InboundMessageListener) endpoint).onInboundMessage((InboundMessage) payload);
        }
    }

    private static Method method(Class<?> type, String name, Class<?> parameter) {
        try {
            return type.getMethod(name, parameter);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
