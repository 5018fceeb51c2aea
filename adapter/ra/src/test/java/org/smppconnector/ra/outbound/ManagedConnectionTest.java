package org.smppconnector.ra.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.TransactionSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.SmppConnection;
import org.smppconnector.api.SmppConnectionFactory;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.ra.SmppResourceAdapter;
import org.smppconnector.ra.fixture.TestContainer;

/** The JCA contract of the outbound side, as a container drives it (no SMSC needed). */
class ManagedConnectionTest {

    private TestContainer container;
    private SmppResourceAdapter adapter;
    private SmppManagedConnectionFactory mcf;
    private final List<ConnectionEvent> closed = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        container = new TestContainer();
        adapter = new SmppResourceAdapter();
        adapter.start(container);
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort(); // nothing listens there once closed: binds keep retrying
        }
        mcf = new SmppManagedConnectionFactory();
        mcf.setAccount("acme");
        mcf.setHosts("127.0.0.1:" + deadPort);
        mcf.setReconnectDelaySeconds(1);
        mcf.setResourceAdapter(adapter);
    }

    @AfterEach
    void stop() throws Exception {
        adapter.stop();
        container.close();
    }

    /** A container's connection manager reduced to what the test watches: one managed connection, reused. */
    private final class PoolingManager implements ConnectionManager {
        ManagedConnection pooled;

        @Override
        public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
                throws jakarta.resource.ResourceException {
            ManagedConnection match = pooled == null ? null
                    : factory.matchManagedConnections(Set.of(pooled), null, info);
            if (match == null) {
                match = factory.createManagedConnection(null, info);
                match.addConnectionEventListener(new Recorder());
                pooled = match;
            }
            return match.getConnection(null, info);
        }
    }

    private final class Recorder implements ConnectionEventListener {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            closed.add(event);
        }

        @Override
        public void localTransactionStarted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
        }
    }

    @Test
    void closingAHandleTellsTheContainerWhichReusesTheManagedConnection() throws Exception {
        PoolingManager manager = new PoolingManager();
        SmppConnectionFactory factory = (SmppConnectionFactory) mcf.createConnectionFactory(manager);
        SmppConnection first = factory.getConnection();
        ManagedConnection pooled = manager.pooled;
        first.close();
        first.close(); // again: nothing more
        assertEquals(1, closed.size());
        assertSame(first, closed.get(0).getConnectionHandle());
        assertEquals(ConnectionEvent.CONNECTION_CLOSED, closed.get(0).getId());
        assertThrows(IllegalStateException.class, () -> first.submit(
                SmsMessage.builder().destination("+4512345678").text("x").build()));

        SmppConnection second = factory.getConnection();
        assertSame(pooled, manager.pooled, "matched and reused");
        second.close();
    }

    @Test
    void cleanupInvalidatesOpenHandlesAndMatchingIsByAccount() throws Exception {
        ManagedConnection connection = mcf.createManagedConnection(null, null);
        SmppConnection handle = (SmppConnection) connection.getConnection(null, null);
        connection.cleanup();
        assertThrows(IllegalStateException.class, () -> handle.query("1"));
        assertSame(connection, mcf.matchManagedConnections(Set.of(connection), null, new SmppConnectionRequestInfo("acme")));
        assertNull(mcf.matchManagedConnections(Set.of(connection), null, new SmppConnectionRequestInfo("other")));
        connection.destroy();
    }

    @Test
    void noTransactionsAreOffered() throws Exception {
        ManagedConnection connection = mcf.createManagedConnection(null, null);
        assertThrows(NotSupportedException.class, connection::getLocalTransaction);
        assertThrows(NotSupportedException.class, connection::getXAResource);
        assertEquals(TransactionSupport.TransactionSupportLevel.NoTransaction, mcf.getTransactionSupport());
        assertEquals("acme", connection.getMetaData().getUserName());
    }

    @Test
    void theFactoryIsSerializableAndReferenceable() throws Exception {
        SmppConnectionFactory factory = (SmppConnectionFactory) mcf.createConnectionFactory();
        javax.naming.Reference reference = new javax.naming.Reference(SmppConnectionFactory.class.getName());
        factory.setReference(reference);
        assertSame(reference, factory.getReference());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(mcf);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SmppManagedConnectionFactory copy = (SmppManagedConnectionFactory) in.readObject();
            assertEquals(mcf, copy, "equal over the properties");
            assertTrue(copy.getResourceAdapter() == null, "the association is not serialized");
        }
    }
}
