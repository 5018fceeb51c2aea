package org.smppconnector.ra.outbound;

import java.util.LinkedHashMap;
import java.util.Map;
import org.smppconnector.api.Address;
import org.smppconnector.smpp.text.Alphabet;

/**
 * What query, cancel and replace need to know of a message sent through this adapter: its
 * sender (the SMSC wants it repeated), its alphabet and its receipt request. Kept in memory for
 * the most recent {@value #CAPACITY} parts of the account; the shared store will keep them for longer.
 */
final class SubmissionRecords {

    static final int CAPACITY = 10_000;

    /** One part's record. */
    record Submission(Address source, Alphabet alphabet, int registeredDelivery) {
    }

    private final Map<String, Submission> byMessageId = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Submission> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void record(String messageId, Submission submission) {
        byMessageId.put(messageId, submission);
    }

    synchronized Submission find(String messageId) {
        return byMessageId.get(messageId);
    }
}
