package org.smppconnector.smpp.pool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.smppconnector.smpp.session.SmppException;

/**
 * A long message is partly sent: the SMSC accepted some of its parts and not all. The accepted
 * parts' message ids are here, so that the caller can cancel them (cancel_sm) or record the
 * message as partly sent and match their receipts; the cause is the first part's failure, in
 * part order. Parts after one that could not be sent at all (no TPS permit, no bind, window
 * full) were not tried: they are in neither {@link #acceptedParts()} nor {@link #failedParts()}.
 *
 * <p>{@link #isRetriable()} is the cause's: whether sending the failed parts again may work
 * (sending the whole text again would deliver the accepted parts twice).
 * {@link #mayHaveBeenAccepted()} is always true: some of the message was.
 */
public final class PartialSubmitException extends SmppException {

    private final int partCount;
    private final SortedMap<Integer, String> acceptedParts;
    private final SortedMap<Integer, Throwable> failedParts;

    /**
     * @param acceptedParts part number (from 1) to the message id the SMSC gave it; not empty
     * @param failedParts   part number to its failure; not empty, the first one is the cause
     */
    public PartialSubmitException(int partCount, SortedMap<Integer, String> acceptedParts,
                                  SortedMap<Integer, Throwable> failedParts) {
        super(describe(partCount, acceptedParts, failedParts), retriable(failedParts),
                failedParts.get(failedParts.firstKey()));
        if (acceptedParts.isEmpty()) {
            throw new IllegalArgumentException("a partial submit has at least one accepted part");
        }
        this.partCount = partCount;
        this.acceptedParts = Collections.unmodifiableSortedMap(new TreeMap<>(acceptedParts));
        this.failedParts = Collections.unmodifiableSortedMap(new TreeMap<>(failedParts));
    }

    private static String describe(int partCount, SortedMap<Integer, String> accepted,
                                   SortedMap<Integer, Throwable> failed) {
        int first = failed.firstKey();
        return accepted.size() + " of " + partCount + " parts accepted (message ids " + accepted.values()
                + "); part " + first + " failed: " + failed.get(first).getMessage();
    }

    private static boolean retriable(SortedMap<Integer, Throwable> failed) {
        Throwable first = failed.get(failed.firstKey());
        return first instanceof SmppException && ((SmppException) first).isRetriable();
    }

    /** The message ids of the parts the SMSC accepted, in part order. */
    public List<String> acceptedPartIds() {
        return List.copyOf(new ArrayList<>(acceptedParts.values()));
    }

    /** Part number (from 1) to message id, for the parts the SMSC accepted. */
    public SortedMap<Integer, String> acceptedParts() {
        return acceptedParts;
    }

    /** Part number (from 1) to failure, for the parts that were tried and failed. */
    public SortedMap<Integer, Throwable> failedParts() {
        return failedParts;
    }

    /** How many parts the message has. */
    public int partCount() {
        return partCount;
    }

    @Override
    public boolean mayHaveBeenAccepted() {
        return true;
    }
}
