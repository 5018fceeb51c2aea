package org.smppconnector.ra.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.smppconnector.ra.Account;

/**
 * A pooled managed connection: no socket of its own, only its account's {@link MessageSender}
 * (the binds belong to the adapter). The container pools these; each hands out light
 * {@link SmppConnectionHandle}s and tells the container, by a CONNECTION_CLOSED event, when one is
 * closed so that it returns to the pool. No transactions: sending SMS cannot be rolled back.
 */
public class SmppManagedConnection implements ManagedConnection {

    private final SmppManagedConnectionFactory factory;
    private final Account account;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<SmppConnectionHandle> handles = new CopyOnWriteArrayList<>();
    private PrintWriter logWriter;
    private volatile boolean destroyed;

    SmppManagedConnection(SmppManagedConnectionFactory factory, Account account) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.account = Objects.requireNonNull(account, "account");
    }

    String accountName() {
        return account.name();
    }

    SmppManagedConnectionFactory factory() {
        return factory;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        if (destroyed) {
            throw new jakarta.resource.spi.IllegalStateException("the managed connection is destroyed");
        }
        SmppConnectionHandle handle = new SmppConnectionHandle(this, account.sender());
        handles.add(handle);
        return handle;
    }

    /** The handle was closed by the application: tell the container, which returns us to its pool. */
    void handleClosed(SmppConnectionHandle handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionClosed(event);
        }
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof SmppConnectionHandle handle)) {
            throw new jakarta.resource.spi.IllegalStateException("not an SMPP connection handle: " + connection);
        }
        if (!handle.account().equals(account.name())) {
            throw new jakarta.resource.spi.IllegalStateException("the handle is for account " + handle.account()
                    + ", this managed connection for " + account.name());
        }
        handle.associate(this);
        handles.add(handle);
    }

    /** Invalidates the handles still open; the managed connection goes back to the pool. */
    @Override
    public void cleanup() {
        for (SmppConnectionHandle handle : handles) {
            handle.invalidate();
        }
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
        destroyed = true;
        listeners.clear();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("the SMPP connector supports no transactions");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("the SMPP connector supports no transactions");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "SMPP SMSC";
            }

            @Override
            public String getEISProductVersion() {
                return account.definition().settings().interfaceVersion().label();
            }

            @Override
            public int getMaxConnections() {
                return 0; // handles are light: no limit of their own
            }

            @Override
            public String getUserName() {
                return account.definition().settings().credentials().systemId();
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    int openHandles() {
        return handles.size();
    }

    @Override
    public String toString() {
        return "SmppManagedConnection[" + account.name() + ", " + handles.size() + " handle(s)]";
    }
}
