package org.smppconnector.store.receipt;

/**
 * Submissions this node recorded but has not written yet (the recorder batches them). A
 * receipt that finds no submission asks for them to be written, then looks again: on a fast
 * SMSC a receipt can overtake its submission's batch.
 */
public interface PendingSubmissions {

    /** None: for a matcher on a node that records no submissions. */
    PendingSubmissions NONE = new PendingSubmissions() {
        @Override
        public boolean hasPending() {
            return false;
        }

        @Override
        public void flush() {
            // nothing is pending
        }
    };

    boolean hasPending();

    /** Writes what is pending; returns when it is committed. */
    void flush();
}
