/**
 * Text encodings of short messages and the choice of data_coding.
 * <ul>
 *   <li>{@link org.smppconnector.smpp.text.DataCoding}: the data_coding octet and its alphabet and
 *       message class (flash).</li>
 *   <li>{@link org.smppconnector.smpp.text.TextCodecs}: a {@link org.smppconnector.smpp.text.TextCodec}
 *       per {@link org.smppconnector.smpp.text.Alphabet}: GSM-7 (with national language
 *       {@link org.smppconnector.smpp.text.ShiftTables}), IA5, Latin-1, Cyrillic, Hebrew, UCS-2,
 *       KSC5601; {@link org.smppconnector.smpp.text.Gsm7Packing} for packed septets.</li>
 *   <li>{@link org.smppconnector.smpp.text.DataCodingChooser}: the cheapest encoding an
 *       {@link org.smppconnector.smpp.text.EncodingPolicy} allows, as an
 *       {@link org.smppconnector.smpp.text.EncodedText}.</li>
 * </ul>
 * Errors are typed: {@link org.smppconnector.smpp.text.UnencodableTextException} (names the code
 * point and its index), {@link org.smppconnector.smpp.text.MalformedTextException} (names the
 * octet offset), {@link org.smppconnector.smpp.text.UnsupportedDataCodingException}.
 */
package org.smppconnector.smpp.text;
