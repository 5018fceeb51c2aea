package org.smppconnector.simulator.message;

import java.time.Instant;

/** One PDU's share of a received message. */
public record MessagePart(String messageId, String sessionId, int sequenceNumber, int partNumber, int totalParts,
                          int reference, byte[] userData, String text, Instant receivedAt) {
}
