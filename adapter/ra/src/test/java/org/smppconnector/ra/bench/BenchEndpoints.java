package org.smppconnector.ra.bench;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.transaction.xa.XAResource;
import org.smppconnector.api.inbound.ReceiptListener;

/**
 * A message-driven bean's endpoint factory as a container gives one, reduced to what a benchmark
 * needs: each endpoint a proxy onto the bean, no transaction, no record of the calls (the tests'
 * factory logs every call, which would cost more the longer the run).
 */
final class BenchEndpoints implements MessageEndpointFactory {

    private final ReceiptListener bean;

    BenchEndpoints(ReceiptListener bean) {
        this.bean = bean;
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource) {
        return (MessageEndpoint) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MessageEndpoint.class, ReceiptListener.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "beforeDelivery", "afterDelivery", "release" -> {
                            return null;
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "toString" -> {
                            return "benchmark endpoint";
                        }
                        default -> {
                            try {
                                return method.invoke(bean, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) {
        return createEndpoint(xaResource);
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
        return false;
    }

    @Override
    public String getActivationName() {
        return "store-benchmark";
    }

    @Override
    public Class<?> getEndpointClass() {
        return bean.getClass();
    }
}
