package org.smppconnector.store.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the shared PostgreSQL server when the whole test run ends: JUnit closes the
 * AutoCloseable values of the root store then.
 */
public final class StopPostgresAtEnd implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(StopPostgresAtEnd.class.getName(), k -> (AutoCloseable) PostgresServer::stopShared);
    }
}
