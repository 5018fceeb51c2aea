package org.smppconnector.ra.inbound;

import java.lang.reflect.Method;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The active message endpoints, and delivery to them. Each delivery to each matching endpoint is
 * one {@link Work} on the WorkManager: createEndpoint, beforeDelivery when the container says the
 * listener method is transacted, the call, afterDelivery, release. The returned stage completes
 * once every one of them ended: normally when all returned normally, exceptionally when one
 * threw, when the WorkManager refused one, or when no endpoint takes the kind at all.
 */
public final class EndpointDispatcher {

    private static final System.Logger LOG = System.getLogger(EndpointDispatcher.class.getName());

    private final WorkManager workManager;
    private final List<Activation> activations = new CopyOnWriteArrayList<>();

    public EndpointDispatcher(WorkManager workManager) {
        this.workManager = Objects.requireNonNull(workManager, "workManager");
    }

    public void activate(MessageEndpointFactory factory, SmppActivationSpec spec) {
        activations.add(new Activation(factory, spec));
        LOG.log(System.Logger.Level.INFO, "SMPP endpoint {0} activated for {1}", factory.getActivationName(), spec);
    }

    public void deactivate(MessageEndpointFactory factory, SmppActivationSpec spec) {
        activations.removeIf(activation -> activation.factory == factory && activation.spec == spec);
    }

    /** Whether an active endpoint listens to this account (any group, any kind). */
    public boolean hasListenerFor(String account) {
        return activations.stream().anyMatch(a -> a.spec.getAccount() == null || a.spec.getAccount().equals(account));
    }

    int activationCount() {
        return activations.size();
    }

    /**
     * Delivers a receipt or inbound message of {@code account}, received on {@code group}, to every
     * matching endpoint.
     */
    CompletionStage<Void> deliver(String account, String group, ListenerKind kind, Object payload) {
        List<CompletableFuture<Boolean>> deliveries = new ArrayList<>();
        for (Activation activation : activations) {
            if (activation.spec.matches(account, group) && activation.mayTake(kind)) {
                deliveries.add(schedule(activation, kind, payload));
            }
        }
        if (deliveries.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("no active endpoint takes " + kind
                    + " of account " + account + ", group " + group + "; refused so that the SMSC delivers it again"));
        }
        return CompletableFuture.allOf(deliveries.toArray(new CompletableFuture<?>[0])).thenApply(ignored -> {
            for (CompletableFuture<Boolean> delivery : deliveries) {
                if (delivery.join()) {
                    return null;
                }
            }
            throw new IllegalStateException("no active endpoint implements " + kind.listener().getSimpleName()
                    + " for account " + account + "; refused so that the SMSC delivers it again");
        });
    }

    private CompletableFuture<Boolean> schedule(Activation activation, ListenerKind kind, Object payload) {
        DeliveryWork work = new DeliveryWork(activation, kind, payload);
        try {
            workManager.scheduleWork(work, WorkManager.INDEFINITE, null, null);
        } catch (WorkException e) {
            work.result.completeExceptionally(e);
        }
        return work.result;
    }

    /** One activation: its factory and spec, and what its endpoints turned out to implement. */
    private static final class Activation {
        final MessageEndpointFactory factory;
        final SmppActivationSpec spec;
        /** Per kind: null until an endpoint was seen, then whether endpoints implement it. */
        final Map<ListenerKind, Boolean> implemented = new ConcurrentHashMap<>();

        Activation(MessageEndpointFactory factory, SmppActivationSpec spec) {
            this.factory = factory;
            this.spec = spec;
            Class<?> endpointClass = endpointClass(factory);
            if (endpointClass != null) {
                for (ListenerKind kind : ListenerKind.values()) {
                    if (!kind.listener().isAssignableFrom(endpointClass)) {
                        implemented.put(kind, false); // the bean class cannot take it at all
                    }
                }
            }
        }

        boolean mayTake(ListenerKind kind) {
            return implemented.getOrDefault(kind, true);
        }

        private static Class<?> endpointClass(MessageEndpointFactory factory) {
            try {
                return factory.getEndpointClass();
            } catch (RuntimeException | AbstractMethodError e) {
                return null; // a container before JCA 1.7 does not say
            }
        }
    }

    /** One delivery to one endpoint. Completes with whether the endpoint took it. */
    private static final class DeliveryWork implements Work {
        final Activation activation;
        final ListenerKind kind;
        final Object payload;
        final CompletableFuture<Boolean> result = new CompletableFuture<>();

        DeliveryWork(Activation activation, ListenerKind kind, Object payload) {
            this.activation = activation;
            this.kind = kind;
            this.payload = payload;
        }

        @Override
        public void run() {
            try {
                result.complete(deliver());
            } catch (Throwable e) {
                // Refused deliveries are answered ESME_RX_T_APPN and come again: say so at WARNING, so
                // that a bean that fails every time is seen; the stack only at DEBUG.
                LOG.log(System.Logger.Level.WARNING, "delivery of " + payload + " to " + activation.spec
                        + " failed, the SMSC is told to deliver it again: " + e);
                LOG.log(System.Logger.Level.DEBUG, "delivery failure", e);
                result.completeExceptionally(e);
            }
        }

        private boolean deliver() throws Exception {
            MessageEndpoint endpoint = activation.factory.createEndpoint(null);
            try {
                // The container's proxy implements the bean's message listener interface only: a bean
                // class implementing both interfaces separately receives just the one it declared.
                if (!kind.listener().isInstance(endpoint)) {
                    activation.implemented.put(kind, false);
                    return false;
                }
                activation.implemented.put(kind, true);
                Method method = kind.methodFor(endpoint);
                boolean transacted = activation.factory.isDeliveryTransacted(method);
                if (transacted) {
                    endpoint.beforeDelivery(method);
                }
                try {
                    kind.invoke(endpoint, payload);
                } finally {
                    if (transacted) {
                        endpoint.afterDelivery();
                    }
                }
                return true;
            } finally {
                endpoint.release();
            }
        }

        @Override
        public void release() {
            // A delivery ends with its call; the container cannot cut it short.
        }
    }
}
