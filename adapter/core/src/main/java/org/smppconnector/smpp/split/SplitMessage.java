package org.smppconnector.smpp.split;

import java.util.List;
import java.util.Objects;
import org.smppconnector.smpp.text.EncodedText;

/**
 * A message ready to send: the encoding chosen and its parts, in sequence order.
 *
 * @param text the encoded text (its data_coding is every part's)
 * @param parts the parts, first to last
 * @param reference the concatenation reference the parts share, or -1 when there is one part
 */
public record SplitMessage(EncodedText text, List<MessagePart> parts, int reference) {

    public SplitMessage {
        Objects.requireNonNull(text, "text");
        parts = List.copyOf(parts);
    }

    public boolean isConcatenated() {
        return parts.size() > 1;
    }
}
