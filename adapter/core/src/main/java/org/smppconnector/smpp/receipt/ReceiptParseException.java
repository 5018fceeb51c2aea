package org.smppconnector.smpp.receipt;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A receipt that cannot be used: what is missing, every problem found, and the text as given. */
public class ReceiptParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int QUOTED_TEXT_LIMIT = 200;

    private final Set<ReceiptField> missing;
    private final List<ReceiptProblem> problems;
    private final String shortMessage;

    public ReceiptParseException(Set<ReceiptField> missing, List<ReceiptProblem> problems,
                                 String shortMessage) {
        super(describe(problems, shortMessage));
        this.missing = Set.copyOf(missing);
        this.problems = List.copyOf(problems);
        this.shortMessage = shortMessage;
    }

    /** The fields a usable receipt needs and this one lacks: MESSAGE_ID and/or STATE. */
    public Set<ReceiptField> missing() {
        return missing;
    }

    public List<ReceiptProblem> problems() {
        return problems;
    }

    /** The receipt text exactly as given, so that nothing is lost with the error. */
    public String shortMessage() {
        return shortMessage;
    }

    private static String describe(List<ReceiptProblem> problems, String shortMessage) {
        String quoted = shortMessage.length() <= QUOTED_TEXT_LIMIT
                ? shortMessage : shortMessage.substring(0, QUOTED_TEXT_LIMIT) + "...";
        return "unusable delivery receipt: "
                + problems.stream().map(ReceiptProblem::toString).collect(Collectors.joining("; "))
                + " in '" + quoted + "'";
    }
}
