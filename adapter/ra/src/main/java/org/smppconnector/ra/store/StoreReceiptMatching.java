package org.smppconnector.ra.store;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.smppconnector.api.MessageState;
import org.smppconnector.api.inbound.Receipt;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.ra.inbound.ReceiptMatching;
import org.smppconnector.smpp.receipt.DeliveryReceipt;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.store.receipt.ReceiptMatch;
import org.smppconnector.store.receipt.ReceiptMatcher;
import org.smppconnector.store.receipt.ReceiptRecord;
import org.smppconnector.store.state.DeliveryState;

/**
 * Each receipt through the store's {@link ReceiptMatcher} before the listeners: recorded once
 * however often it comes, matched to its submission part whichever session or server received
 * it, and handed on with the submission's user reference and the message's combined state.
 *
 * <p>The match runs as work on the executor, not on the bind's reader, so that the reader keeps
 * reading and receipts arriving together share one transaction (the matcher group-commits).
 * When the store fails the receipt is refused (ESME_RX_T_APPN) and the SMSC delivers it again:
 * nothing is acknowledged that was not recorded.
 */
final class StoreReceiptMatching implements ReceiptMatching {

    private static final System.Logger LOG = System.getLogger(StoreReceiptMatching.class.getName());

    private final ReceiptMatcher matcher;
    private final Executor executor;
    private final Clock clock;

    StoreReceiptMatching(ReceiptMatcher matcher, Executor executor, Clock clock) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Receipt> match(AccountDefinition account, SmppSession session, Receipt receipt,
                                          DeliveryReceipt parsed) {
        ReceiptRecord record;
        try {
            if (parsed == null) {
                throw new IllegalArgumentException("nothing in it could be read");
            }
            // SMPP does not say the zone of receipt dates; they only describe the receipt here.
            record = ReceiptRecord.from(account.name(), parsed, account.settings().messageIdNormalization(),
                    ZoneOffset.UTC, sessionName(account, session), clock.instant());
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.DEBUG, "account {0}: a receipt the store cannot match ({1}) goes to the"
                    + " listeners as it is: {2}", account.name(), e.getMessage(), receipt);
            return CompletableFuture.completedFuture(receipt);
        }
        CompletableFuture<Receipt> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(withMatch(receipt, matcher.match(record)));
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "account {0}: receipt {1} refused, the store could not record"
                            + " it: {2}", account.name(), record.messageId(), e.getMessage());
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    static Receipt withMatch(Receipt receipt, ReceiptMatch match) {
        Receipt.Builder builder = receipt.toBuilder().duplicate(match.duplicate());
        if (match.matched()) {
            builder.submission(match.userReference(), apiState(match.combinedState()), match.partNumber(),
                    match.partCount());
        }
        return builder.build();
    }

    /** A part with no receipt yet is on its way: ENROUTE, as query_sm would say. */
    static MessageState apiState(DeliveryState state) {
        return state == DeliveryState.SUBMITTED ? MessageState.ENROUTE : MessageState.valueOf(state.messageState().name());
    }

    /** Which bind received it, for the console: group, bind type, SMSC, and the session itself. */
    private static String sessionName(AccountDefinition account, SmppSession session) {
        return account.groupOfSystemType(session.settings().systemType()) + "/" + session.settings().bindType()
                + "@" + session.status().target() + "#" + Integer.toHexString(System.identityHashCode(session));
    }
}
