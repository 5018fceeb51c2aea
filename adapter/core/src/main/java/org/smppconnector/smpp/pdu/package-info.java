/**
 * SMPP PDUs: the model (one class per command of SMPP 3.4, plus the SMPP 5.0 binding and TLVs),
 * the command_id and command_status tables, the TLVs, the codec and the stream framing.
 *
 * <ul>
 *   <li>{@link org.smppconnector.smpp.pdu.Pdu}: header fields and the optional
 *       {@link org.smppconnector.smpp.pdu.Tlvs}; {@link org.smppconnector.smpp.pdu.PduRequest}
 *       knows its response type ({@code createResponse()}), {@link org.smppconnector.smpp.pdu.PduResponse}
 *       its request's command_id. Outbind and AlertNotification have no response. Setters refuse
 *       values a field cannot carry (a one-octet field outside 0 to 255, a NUL or a character
 *       above U+00FF in text), so that a PDU in memory is always encodable but for lengths.</li>
 *   <li>{@link org.smppconnector.smpp.pdu.CommandId} and {@link org.smppconnector.smpp.pdu.CommandStatus}:
 *       int constants with spec names and value-to-name lookups.</li>
 *   <li>{@link org.smppconnector.smpp.pdu.Tag}: the standard TLV tags with their value types and
 *       length limits; {@link org.smppconnector.smpp.pdu.Tlvs}: any tags, in wire order, with
 *       typed get/put helpers ({@code getInt(Tag.MESSAGE_STATE, -1)},
 *       {@code putString(Tag.RECEIPTED_MESSAGE_ID, id)}).</li>
 *   <li>{@link org.smppconnector.smpp.pdu.PduCodec} encodes a PDU into a caller's buffer (refusing
 *       with a {@link org.smppconnector.smpp.pdu.PduEncodeException} any field longer than the
 *       spec allows) and decodes one from a byte range;
 *       {@link org.smppconnector.smpp.pdu.PduFrameDecoder} cuts a byte stream into PDUs. Bad
 *       input off the wire is always a {@link org.smppconnector.smpp.pdu.PduDecodeException}
 *       carrying the command_status to answer with and whether the stream can go on.</li>
 * </ul>
 */
package org.smppconnector.smpp.pdu;
