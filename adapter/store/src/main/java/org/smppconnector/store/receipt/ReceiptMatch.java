package org.smppconnector.store.receipt;

import java.time.Instant;
import org.smppconnector.store.state.DeliveryState;

/**
 * What the store made of one receipt: whether it was new, and the submission part it belongs to
 * with that part's and the whole message's state after it. For the MDB: the user reference and
 * the combined state.
 *
 * @param duplicate     the same receipt was recorded before (delivered twice, or on two nodes)
 * @param matched       its submission was found; when false the fields below are null or 0
 *                      and the receipt stays recorded for a later match (see
 *                      {@link ReceiptMatcher#matchOrphans()})
 * @param partNumber    from 1
 * @param partState     the part's state after this receipt: the receipt's own, or an earlier
 *                      final one it could not replace
 * @param combinedState the whole message's state
 */
public record ReceiptMatch(ReceiptRecord receipt, boolean duplicate, boolean matched, long submissionId, long partId,
                           int partNumber, int partCount, String userReference, DeliveryState partState,
                           DeliveryState combinedState, Instant submittedAt) {

    static ReceiptMatch unmatched(ReceiptRecord receipt, boolean duplicate) {
        return new ReceiptMatch(receipt, duplicate, false, 0, 0, 0, 0, null, null, null, null);
    }
}
