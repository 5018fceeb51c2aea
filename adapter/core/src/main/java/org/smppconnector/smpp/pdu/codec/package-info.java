/**
 * The SMPP wire form: {@link org.smppconnector.smpp.pdu.codec.PduCodec} encodes a PDU into a
 * caller's buffer and decodes one from a byte range; {@link org.smppconnector.smpp.pdu.codec.PduFrameDecoder}
 * cuts a byte stream into PDUs.
 *
 * <p>Bad input off the wire is always a {@link org.smppconnector.smpp.pdu.codec.PduDecodeException}
 * that carries the command_status to answer with and whether the stream can go on; a PDU that
 * breaks the spec's field limits is refused by the encoder with a
 * {@link org.smppconnector.smpp.pdu.codec.PduEncodeException} naming the field.
 */
package org.smppconnector.smpp.pdu.codec;
