/**
 * The SMPP protocol core: plain Java with no third-party dependency and no Jakarta import,
 * usable and benchmarkable outside any container.
 * <ul>
 *   <li>{@code pdu}: the PDU model, TLVs, framing, the codec and its typed decode errors</li>
 *   <li>{@code text}: GSM 03.38 and the other data codings, choosing a data_coding</li>
 *   <li>{@code split}: splitting long text into parts, reassembling inbound parts</li>
 *   <li>{@code receipt}: delivery receipt parsing, message states, message id forms</li>
 *   <li>{@code transport}: one TCP/TLS connection moving PDUs: reader task, batching writer</li>
 *   <li>{@code session}: one bind: window, keepalive, reconnect policy, engine errors;
 *       {@code session.time}: the clock and scheduler the engine runs on</li>
 *   <li>{@code pool}: accounts, bind groups, provider presets, throttle, retry table, picking a bind</li>
 * </ul>
 */
package org.smppconnector.smpp;
