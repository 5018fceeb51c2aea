package org.smppconnector.store.query;

import java.util.List;

/** A message with its parts (by number) and their receipts (in the order received). */
public record MessageDetail(MessageSummary message, List<PartDetail> parts, List<ReceiptDetail> receipts) {

    public MessageDetail {
        parts = List.copyOf(parts);
        receipts = List.copyOf(receipts);
    }
}
