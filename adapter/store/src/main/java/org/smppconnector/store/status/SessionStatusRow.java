package org.smppconnector.store.status;

import java.time.Instant;
import java.util.Objects;

/**
 * One bind of one node as the console shows it.
 *
 * @param bindIndex         the bind's number within its account on that node (the engine's {@code BindStatus.index})
 * @param bindType          TRANSMITTER, RECEIVER or TRANSCEIVER
 * @param state             the session's state (CONNECTING, BINDING, BOUND_TX, BOUND_RX, BOUND_TRX,
 *                          UNBINDING, CLOSED); BOUND_* counts as bound
 * @param lastEnquireLink   when the last enquire_link was answered; may be null
 * @param updatedAt         when the node wrote the row; set by the writer
 */
public record SessionStatusRow(String node, String account, String bindGroup, int bindIndex, String host,
                               String bindType, String state, int windowInUse, int windowSize,
                               Instant lastEnquireLink, int submitsPerMinute, int receiptsPerMinute,
                               int errorsPerMinute, String lastError, Instant updatedAt) {

    public SessionStatusRow {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(bindGroup, "bindGroup");
        Objects.requireNonNull(bindType, "bindType");
        Objects.requireNonNull(state, "state");
        if (lastError != null && lastError.length() > 1000) {
            lastError = lastError.substring(0, 1000);
        }
    }

    public boolean bound() {
        return state.startsWith("BOUND");
    }
}
