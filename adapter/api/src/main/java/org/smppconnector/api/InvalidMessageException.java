package org.smppconnector.api;

import java.util.List;
import java.util.Objects;

/**
 * The request is invalid, and nothing was sent. {@link #field()} names what is wrong, so that
 * an application can point its own user at it; the message says why.
 *
 * <p>Thrown by {@link SmsMessage.Builder#build()} and {@link Replacement.Builder#build()} for what
 * can be judged from the message alone (a destination that is not a number, a sender name of
 * more than 11 characters), and by the {@link SmppConnection} methods for what depends on the
 * account (a validity beyond the account's maximum, a text none of the account's encodings can
 * carry, more parts than the account allows, a type of number the account refuses).
 *
 * <p>The fields are named after the builder methods: {@value #SOURCE}, {@value #DESTINATION},
 * {@value #TEXT}, {@value #BINARY}, {@value #ENCODING}, {@value #RECEIPT_REQUEST},
 * {@value #VALIDITY}, {@value #PRIORITY}, {@value #SERVICE_TYPE},
 * {@value #USER_MESSAGE_REFERENCE}, {@value #REFERENCE}, {@value #TLVS}; and {@value #MESSAGE_ID} for the message id
 * given to query, cancel or replace.
 *
 * <p>Never retriable: the same request will be refused again.
 */
public class InvalidMessageException extends SmppResourceException {

    private static final long serialVersionUID = 1L;

    public static final String SOURCE = "source";
    public static final String DESTINATION = "destination";
    public static final String TEXT = "text";
    public static final String BINARY = "binary";
    public static final String ENCODING = "encoding";
    public static final String RECEIPT_REQUEST = "receiptRequest";
    public static final String VALIDITY = "validity";
    public static final String PRIORITY = "priority";
    public static final String SERVICE_TYPE = "serviceType";
    public static final String USER_MESSAGE_REFERENCE = "userMessageReference";
    public static final String REFERENCE = "reference";
    public static final String TLVS = "tlvs";
    public static final String MESSAGE_ID = "messageId";

    private final String field;

    /**
     * @param field   the field at fault, one of the constants of this class
     * @param problem what is wrong with it, as a sentence fragment: "is not a phone number: abc"
     */
    public InvalidMessageException(String field, String problem) {
        super(Objects.requireNonNull(field, "field") + " " + Objects.requireNonNull(problem, "problem"),
                null, false, List.of());
        this.field = field;
    }

    /** The field at fault: one of the constants of this class. */
    public String field() {
        return field;
    }
}
