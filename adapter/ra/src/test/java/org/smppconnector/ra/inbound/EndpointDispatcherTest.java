package org.smppconnector.ra.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.Address;
import org.smppconnector.api.inbound.InboundMessageListener;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.api.inbound.ReceiptListener;
import org.smppconnector.ra.fixture.TestContainer;
import org.smppconnector.ra.fixture.TestEndpointFactory;

class EndpointDispatcherTest {

    private final TestContainer container = new TestContainer();
    private final EndpointDispatcher dispatcher = new EndpointDispatcher(container.getWorkManager());

    @AfterEach
    void stop() throws Exception {
        container.close();
    }

    private static Receipt receipt(String group) {
        return Receipt.builder().account("acme").bindGroup(group).source(Address.international("4512345678"))
                .destination(Address.alphanumeric("Acme")).messageId("m1").build();
    }

    private TestEndpointFactory activate(String account, String group, ReceiptListener bean) {
        SmppActivationSpec spec = new SmppActivationSpec();
        spec.setAccount(account);
        spec.setBindGroup(group);
        TestEndpointFactory factory = new TestEndpointFactory(ReceiptListener.class, bean, false);
        dispatcher.activate(factory, spec);
        return factory;
    }

    private void deliver(String group) throws Exception {
        dispatcher.deliver("acme", group, ListenerKind.RECEIPT, receipt(group)).toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void onlyEndpointsOfTheAccountAndGroupGetADelivery() throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        activate("acme", "marketing", r -> got.add("marketing"));
        activate("acme", null, r -> got.add("any group"));
        activate("other", null, r -> got.add("other account"));
        activate(null, null, r -> got.add("everything"));
        deliver("default");
        assertEquals(List.of("any group", "everything"), got.stream().sorted().toList());
        got.clear();
        deliver("marketing");
        assertEquals(List.of("any group", "everything", "marketing"), got.stream().sorted().toList());
    }

    @Test
    void oneEndpointThatThrowsFailsTheDeliveryAfterTheOthersReturned() throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        TestEndpointFactory fine = activate("acme", null, r -> got.add("fine"));
        activate("acme", null, r -> {
            throw new IllegalStateException("database down");
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> deliver("default"));
        assertEquals("database down", e.getCause().getMessage());
        assertEquals(List.of("fine"), got, "the other endpoint still got it");
        assertEquals(fine.created.get(), fine.released.get());
    }

    @Test
    void aKindNoEndpointImplementsIsRefused() throws Exception {
        SmppActivationSpec spec = new SmppActivationSpec();
        dispatcher.activate(new TestEndpointFactory(InboundMessageListener.class,
                (InboundMessageListener) message -> { }, false), spec);
        assertThrows(ExecutionException.class, () -> deliver("default"));
        assertEquals(0, container.workScheduled(), "the bean class takes no receipts: no endpoint was even created");
    }

    @Test
    void aDeactivatedEndpointGetsNothingMore() throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        SmppActivationSpec spec = new SmppActivationSpec();
        TestEndpointFactory factory = new TestEndpointFactory(ReceiptListener.class, (ReceiptListener) r -> got.add("x"),
                true);
        dispatcher.activate(factory, spec);
        deliver("default");
        assertEquals(List.of("create", "before", "call", "after", "release"), factory.events);
        dispatcher.deactivate(factory, spec);
        assertFalse(dispatcher.hasListenerFor("acme"));
        assertThrows(ExecutionException.class, () -> deliver("default"));
        assertEquals(1, got.size());
        assertTrue(factory.events.size() == 5);
    }
}
