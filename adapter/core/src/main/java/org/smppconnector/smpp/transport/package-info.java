/**
 * The byte-moving layer one SMPP session runs on.
 * <ul>
 *   <li>{@link org.smppconnector.smpp.transport.Connector} opens a TCP connection, optionally
 *       TLS ({@link org.smppconnector.smpp.transport.TlsSettings}: TLS 1.2/1.3, host-name
 *       verification and SNI always), and fails with a typed
 *       {@link org.smppconnector.smpp.transport.ConnectFailedException}.</li>
 *   <li>{@link org.smppconnector.smpp.transport.PduConnection} runs one connected socket: a
 *       reader task on a given executor hands PDUs to a
 *       {@link org.smppconnector.smpp.transport.PduListener}; {@code write} batches PDUs from
 *       many threads into few socket writes and returns a ticket telling when each was
 *       written ({@link org.smppconnector.smpp.transport.WriteStatus}).</li>
 * </ul>
 * Blocking sockets, no thread of its own, no dependency beyond the JDK.
 */
package org.smppconnector.smpp.transport;
