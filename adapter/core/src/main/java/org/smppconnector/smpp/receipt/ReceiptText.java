package org.smppconnector.smpp.receipt;

import java.util.List;
import java.util.Objects;

/**
 * What the text of a delivery receipt says (SMPP 3.4 Appendix B and its real-world variants):
 * {@code id:IIIIIIIIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm
 * stat:DDDDDDD err:E text:...}. Each value is null when its field is absent, empty or, for
 * the numbers, not a number; nothing is guessed. {@link #raw} keeps the whole text.
 *
 * @param raw        the receipt text exactly as given
 * @param id         the {@code id:} value as written
 * @param submitted  {@code sub:}, the number of messages submitted
 * @param delivered  {@code dlvrd:}, the number of messages delivered
 * @param submitDate {@code submit date:}; present with a null value when it is no date
 * @param doneDate   {@code done date:}; likewise
 * @param stat       the {@code stat:} word as written
 * @param state      {@code stat} read as a state; null when unknown
 * @param err        the {@code err:} value as written (decimal, hex or longer; see
 *                   {@link ErrCodeFormat})
 * @param text       everything after {@code text:}, colons and key-like words included
 * @param problems   what was odd
 */
public record ReceiptText(String raw, String id, Integer submitted, Integer delivered,
                          ReceiptDate submitDate, ReceiptDate doneDate, String stat,
                          MessageState state, String err, String text,
                          List<ReceiptProblem> problems) {

    public ReceiptText {
        Objects.requireNonNull(raw, "raw");
        problems = List.copyOf(problems);
    }

    /** Reads a receipt text leniently: never throws, reports what it read past in problems. */
    public static ReceiptText parse(String raw) {
        return new ReceiptTextParser(raw).parse();
    }
}
