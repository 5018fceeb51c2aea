package org.smppconnector.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/**
 * What an application injects to send: {@code @Resource(lookup = "java:app/sms") SmppConnectionFactory}.
 * Each factory is configured with the account it sends on (its {@code account} property, set
 * where the connection factory is defined: in the server's configuration or with
 * {@code @ConnectionFactoryDefinition}); {@link #getConnection(String)} picks another account
 * that the resource adapter knows.
 *
 * <p>Serializable and {@link Referenceable}, as JCA wants of connection factories bound in JNDI.
 * Thread-safe: keep it, and get a connection for each piece of work.
 */
public interface SmppConnectionFactory extends Serializable, Referenceable {

    /**
     * A connection on the factory's account. It does not wait for a bind: a send made while the
     * account has none fails with {@link NotBoundException}.
     *
     * @throws ResourceException the container could not allocate a connection
     */
    SmppConnection getConnection() throws ResourceException;

    /**
     * A connection on the named account.
     *
     * @param account an account's name, as configured in the management console
     * @throws UnknownAccountException no account has this name
     * @throws ResourceException       the container could not allocate a connection
     */
    SmppConnection getConnection(String account) throws ResourceException;
}
