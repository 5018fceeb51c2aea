package org.smppconnector.ra.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ResourceAdapterInternalException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.ra.SmppResourceAdapter;
import org.smppconnector.ra.fixture.TestContainer;

/** A store the adapter cannot use stops it from starting, saying why; without one nothing changes. */
class AdapterStoreStartTest {

    private final TestContainer container = new TestContainer();
    private final SmppResourceAdapter adapter = new SmppResourceAdapter();

    @AfterEach
    void stop() throws Exception {
        adapter.stop();
        container.close();
    }

    @Test
    void aStoreThatCannotBeReachedStopsTheStartNamingIt() {
        adapter.setStoreUrl("jdbc:postgresql://127.0.0.1:1/smpp");
        ResourceAdapterInternalException e = assertThrows(ResourceAdapterInternalException.class,
                () -> adapter.start(container));
        assertTrue(e.getMessage().contains("jdbc:postgresql://127.0.0.1:1/smpp"), e.getMessage());
        assertThrows(ResourceException.class, adapter::registry, "not started");
    }

    @Test
    void aStorePropertyThatCannotWorkIsNamed() {
        adapter.setStoreUrl("jdbc:h2:mem:unused");
        adapter.setPrivacy("nothing");
        ResourceAdapterInternalException e = assertThrows(ResourceAdapterInternalException.class,
                () -> adapter.start(container));
        assertTrue(e.getMessage().startsWith("privacy"), e.getMessage());
    }

    @Test
    void withoutAStoreUrlThereIsNoStore() throws Exception {
        adapter.start(container);
        assertTrue(adapter.store().isEmpty());
        assertTrue(adapter.registry().accounts().isEmpty());
    }
}
