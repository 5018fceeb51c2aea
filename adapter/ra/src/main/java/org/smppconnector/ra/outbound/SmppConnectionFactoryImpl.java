package org.smppconnector.ra.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import java.util.Objects;
import javax.naming.Reference;
import org.smppconnector.api.SmppConnection;
import org.smppconnector.api.SmppConnectionFactory;

/**
 * What {@code @Resource SmppConnectionFactory} injects: asks the container's connection manager
 * for a handle on the factory's account, or on another account the adapter knows.
 */
public class SmppConnectionFactoryImpl implements SmppConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final SmppManagedConnectionFactory managedFactory;
    private final ConnectionManager connectionManager;
    private Reference reference;

    SmppConnectionFactoryImpl(SmppManagedConnectionFactory managedFactory, ConnectionManager connectionManager) {
        this.managedFactory = Objects.requireNonNull(managedFactory, "managedFactory");
        this.connectionManager = Objects.requireNonNull(connectionManager, "connectionManager");
    }

    @Override
    public SmppConnection getConnection() throws ResourceException {
        return getConnection(managedFactory.getAccount());
    }

    @Override
    public SmppConnection getConnection(String account) throws ResourceException {
        if (account == null || account.isBlank()) {
            throw new jakarta.resource.spi.InvalidPropertyException("the connection factory names no account: set its"
                    + " 'account' property");
        }
        managedFactory.requireAccount(account);
        return (SmppConnection) connectionManager.allocateConnection(managedFactory, new SmppConnectionRequestInfo(account));
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }

    @Override
    public String toString() {
        return "SmppConnectionFactory[" + managedFactory.getAccount() + "]";
    }
}
