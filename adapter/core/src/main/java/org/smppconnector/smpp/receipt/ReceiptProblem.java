package org.smppconnector.smpp.receipt;

import java.util.Objects;

/** Something odd in a receipt that parsing read past: which part, and what was wrong. */
public record ReceiptProblem(ReceiptField field, String detail) {

    public ReceiptProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return field + ": " + detail;
    }
}
