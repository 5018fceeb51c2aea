/**
 * An account's connection-definition properties ({@link org.smppconnector.ra.config.AccountProperties},
 * the raw values a deployer sets) and what they mean to the protocol core
 * ({@link org.smppconnector.ra.config.AccountDefinition}: the core's
 * {@link org.smppconnector.smpp.pool.AccountSettings} started from the provider's preset, and the
 * names of the bind groups). A value that cannot work is refused with an
 * {@link jakarta.resource.spi.InvalidPropertyException} naming the property.
 */
package org.smppconnector.ra.config;
