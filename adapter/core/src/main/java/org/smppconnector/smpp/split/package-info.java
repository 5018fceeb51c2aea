/**
 * Long messages: splitting outbound text into parts and joining inbound parts.
 * <ul>
 *   <li>{@link org.smppconnector.smpp.split.Splitter} splits an
 *       {@link org.smppconnector.smpp.text.EncodedText} (or chooses the encoding and splits a
 *       text) by the rules of a {@link org.smppconnector.smpp.split.Segmentation}: UDH with 8- or
 *       16-bit reference, SAR TLVs, or one message_payload
 *       ({@link org.smppconnector.smpp.split.ConcatenationMethod}); the parts are
 *       {@link org.smppconnector.smpp.split.MessagePart}s of plain values, for the session layer
 *       to map onto PDUs. References come from a {@link org.smppconnector.smpp.split.ReferenceAllocator}.</li>
 *   <li>{@link org.smppconnector.smpp.split.Reassembler} joins
 *       {@link org.smppconnector.smpp.split.InboundPart}s into
 *       {@link org.smppconnector.smpp.split.ReassembledMessage}s, bounded by
 *       {@link org.smppconnector.smpp.split.ReassemblySettings}; what it gives up on goes to a
 *       listener as {@link org.smppconnector.smpp.split.IncompleteMessage}s.</li>
 * </ul>
 */
package org.smppconnector.smpp.split;
