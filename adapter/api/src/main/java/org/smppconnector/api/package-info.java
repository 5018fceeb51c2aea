/**
 * What applications compile against: the connection factory injected into EJBs, the
 * connection handle, messages, receipts and the listener interfaces for message-driven
 * beans. The resource adapter implements these; the types are filled in with the
 * resource adapter itself.
 */
package org.smppconnector.api;
