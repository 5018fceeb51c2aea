/**
 * The SMPP PDU model: one class per command of SMPP 3.4 (plus the SMPP 5.0 binding and TLVs),
 * the command_id and command_status tables, and the TLVs.
 *
 * <ul>
 *   <li>{@link org.smppconnector.smpp.pdu.Pdu}: header fields and the optional
 *       {@link org.smppconnector.smpp.pdu.Tlvs}; {@link org.smppconnector.smpp.pdu.PduRequest}
 *       knows its response type ({@code createResponse()}), {@link org.smppconnector.smpp.pdu.PduResponse}
 *       its request's command_id. Outbind and AlertNotification have no response.</li>
 *   <li>{@link org.smppconnector.smpp.pdu.CommandId} and {@link org.smppconnector.smpp.pdu.CommandStatus}:
 *       int constants with spec names and value-to-name lookups.</li>
 *   <li>{@link org.smppconnector.smpp.pdu.Tag}: the standard TLV tags with their value types and
 *       length limits; {@link org.smppconnector.smpp.pdu.Tlvs}: any tags, in wire order, with
 *       typed get/put helpers ({@code getInt(Tag.MESSAGE_STATE, -1)},
 *       {@code putString(Tag.RECEIPTED_MESSAGE_ID, id)}).</li>
 * </ul>
 *
 * Encoding and decoding are in {@link org.smppconnector.smpp.pdu.codec}.
 */
package org.smppconnector.smpp.pdu;
