package org.smppconnector.api.inbound;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.smppconnector.api.Address;
import org.smppconnector.api.MessageState;
import org.smppconnector.api.Tlv;

/**
 * A delivery receipt, parsed: which message it is about, its state, the error and dates the
 * SMSC reported, and everything the deliver_sm carried. Where the PDU had both a TLV and a
 * receipt text field (receipted_message_id and {@code id:}, message_state and {@code stat:}),
 * the TLV wins. Immutable.
 *
 * <p>The same receipt may arrive more than once, on any of the account's sessions, and after
 * a later one: a late ENROUTE after DELIVERED must not undo it (see {@link MessageState#isFinal()}).
 *
 * <p>With the shared store configured, the connector records every receipt and matches it to
 * its submission, whichever session or server received it, before the listener is called:
 * {@link #matched()}, {@link #userReference()}, {@link #combinedState()} (the whole message's
 * state, which a late ENROUTE does not undo), {@link #partNumber()} and {@link #duplicate()}
 * say what the store made of it. Without a store they are empty or false.
 *
 * <p>Applications build receipts only to test their listeners: {@link #builder()}.
 */
public final class Receipt {

    private final String account;
    private final String bindGroup;
    private final Address source;
    private final Address destination;
    private final String messageId;
    private final MessageState state;
    private final String error;
    private final NetworkErrorCode networkErrorCode;
    private final LocalDateTime submitDate;
    private final LocalDateTime doneDate;
    private final String text;
    private final Integer userMessageReference;
    private final List<Tlv> tlvs;
    private final boolean matched;
    private final boolean duplicate;
    private final String userReference;
    private final MessageState combinedState;
    private final int partNumber;
    private final int partCount;

    private Receipt(Builder builder) {
        this.account = Objects.requireNonNull(builder.account, "account");
        this.bindGroup = Objects.requireNonNull(builder.bindGroup, "bindGroup");
        this.source = Objects.requireNonNull(builder.source, "source");
        this.destination = Objects.requireNonNull(builder.destination, "destination");
        this.messageId = builder.messageId;
        this.state = builder.state;
        this.error = builder.error;
        this.networkErrorCode = builder.networkErrorCode;
        this.submitDate = builder.submitDate;
        this.doneDate = builder.doneDate;
        this.text = builder.text;
        this.userMessageReference = builder.userMessageReference;
        this.tlvs = List.copyOf(builder.tlvs);
        this.matched = builder.matched;
        this.duplicate = builder.duplicate;
        this.userReference = builder.userReference;
        this.combinedState = builder.combinedState;
        this.partNumber = builder.partNumber;
        this.partCount = builder.partCount;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this receipt's fields. */
    public Builder toBuilder() {
        Builder builder = new Builder().account(account).bindGroup(bindGroup).source(source).destination(destination)
                .messageId(messageId).state(state).error(error).networkErrorCode(networkErrorCode)
                .submitDate(submitDate).doneDate(doneDate).text(text).userMessageReference(userMessageReference)
                .duplicate(duplicate);
        tlvs.forEach(builder::tlv);
        if (matched) {
            builder.submission(userReference, combinedState, partNumber, partCount);
        }
        return builder;
    }

    /** The name of the account whose session received it. */
    public String account() {
        return account;
    }

    /** The bind group of the session that received it. */
    public String bindGroup() {
        return bindGroup;
    }

    /** The receipt's source_addr: the recipient of the original message. */
    public Address source() {
        return source;
    }

    /** The receipt's destination_addr: the sender of the original message. */
    public Address destination() {
        return destination;
    }

    /**
     * The id of the message it reports on, as {@link org.smppconnector.api.SubmitResult} gave
     * it; empty when the receipt had none the connector could read ({@link #text()} has what it said).
     */
    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    /** The reported state; {@link MessageState#UNKNOWN} also when the receipt had none readable. */
    public MessageState state() {
        return state;
    }

    /** Whether the state is final: no later receipt can change the outcome. */
    public boolean isFinal() {
        return state.isFinal();
    }

    /**
     * The {@code err:} field as written, e.g. "000"; its base and meaning are the provider's
     * (GatewayAPI writes a hex code in decimal).
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The network_error_code TLV. */
    public Optional<NetworkErrorCode> networkErrorCode() {
        return Optional.ofNullable(networkErrorCode);
    }

    /** The {@code submit date:}, in the SMSC's local time, which SMPP does not say. */
    public Optional<LocalDateTime> submitDate() {
        return Optional.ofNullable(submitDate);
    }

    /** The {@code done date:}, in the SMSC's local time. */
    public Optional<LocalDateTime> doneDate() {
        return Optional.ofNullable(doneDate);
    }

    /** The receipt text as it came (short_message or message_payload); empty when there was none. */
    public String text() {
        return text;
    }

    /** The user_message_reference TLV: the reference given when sending, where the provider echoes it. */
    public OptionalInt userMessageReference() {
        return userMessageReference == null ? OptionalInt.empty() : OptionalInt.of(userMessageReference);
    }

    /** Every TLV of the deliver_sm, in PDU order. */
    public List<Tlv> tlvs() {
        return tlvs;
    }

    /** The first TLV with this tag. */
    public Optional<Tlv> tlv(int tag) {
        return tlvs.stream().filter(tlv -> tlv.tag() == tag).findFirst();
    }

    /**
     * Whether the shared store found the submission this receipt reports on (sent through this
     * connector, by this server or another sharing the store). False without a store, and for a
     * receipt that came before its submission reached the store (the store matches it later).
     */
    public boolean matched() {
        return matched;
    }

    /**
     * Whether the store had recorded this same receipt before: the SMSC delivered it again (for
     * example because a listener failed the first time), possibly on another session or server.
     * The store counts it once; the listener is still called, as delivery is at least once.
     */
    public boolean duplicate() {
        return duplicate;
    }

    /**
     * The reference the application gave the message when sending it
     * ({@link org.smppconnector.api.SmsMessage#reference()}, else its user_message_reference in
     * decimal); empty when the message had none or the receipt was not {@link #matched()}.
     */
    public Optional<String> userReference() {
        return Optional.ofNullable(userReference);
    }

    /**
     * The state of the whole message after this receipt, as the store keeps it: a final state
     * is never replaced (a late ENROUTE after DELIVERED leaves DELIVERED); for a message sent in
     * several parts, DELIVERED once every part was, the first failure when a part failed, and
     * otherwise the least advanced part's state (ENROUTE for a part with no receipt yet). Empty
     * when the receipt was not {@link #matched()}.
     */
    public Optional<MessageState> combinedState() {
        return Optional.ofNullable(combinedState);
    }

    /** Which part of its message the receipt reports on, from 1; empty when not {@link #matched()}. */
    public OptionalInt partNumber() {
        return matched ? OptionalInt.of(partNumber) : OptionalInt.empty();
    }

    /** How many parts its message was sent in; empty when not {@link #matched()}. */
    public OptionalInt partCount() {
        return matched ? OptionalInt.of(partCount) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return "Receipt[" + (messageId == null ? "no id" : messageId) + " " + state
                + (error == null ? "" : " err " + error)
                + (networkErrorCode == null ? "" : " " + networkErrorCode)
                + ", account " + account + ", group " + bindGroup
                + (matched ? ", part " + partNumber + "/" + partCount + ", message " + combinedState : "")
                + (duplicate ? ", duplicate" : "") + "]";
    }

    /**
     * Collects a receipt's fields. Account, bind group, source and destination are required;
     * the state defaults to {@link MessageState#UNKNOWN}, the text to empty.
     */
    public static final class Builder {

        private String account;
        private String bindGroup;
        private Address source;
        private Address destination;
        private String messageId;
        private MessageState state = MessageState.UNKNOWN;
        private String error;
        private NetworkErrorCode networkErrorCode;
        private LocalDateTime submitDate;
        private LocalDateTime doneDate;
        private String text = "";
        private Integer userMessageReference;
        private final List<Tlv> tlvs = new ArrayList<>();
        private boolean matched;
        private boolean duplicate;
        private String userReference;
        private MessageState combinedState;
        private int partNumber;
        private int partCount;

        private Builder() {
        }

        public Builder account(String account) {
            this.account = account;
            return this;
        }

        public Builder bindGroup(String bindGroup) {
            this.bindGroup = bindGroup;
            return this;
        }

        public Builder source(Address source) {
            this.source = source;
            return this;
        }

        public Builder destination(Address destination) {
            this.destination = destination;
            return this;
        }

        public Builder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        public Builder state(MessageState state) {
            this.state = state == null ? MessageState.UNKNOWN : state;
            return this;
        }

        public Builder error(String error) {
            this.error = error;
            return this;
        }

        public Builder networkErrorCode(NetworkErrorCode networkErrorCode) {
            this.networkErrorCode = networkErrorCode;
            return this;
        }

        public Builder submitDate(LocalDateTime submitDate) {
            this.submitDate = submitDate;
            return this;
        }

        public Builder doneDate(LocalDateTime doneDate) {
            this.doneDate = doneDate;
            return this;
        }

        public Builder text(String text) {
            this.text = text == null ? "" : text;
            return this;
        }

        public Builder userMessageReference(Integer userMessageReference) {
            this.userMessageReference = userMessageReference;
            return this;
        }

        public Builder tlv(Tlv tlv) {
            tlvs.add(Objects.requireNonNull(tlv, "tlv"));
            return this;
        }

        /**
         * Marks the receipt {@link Receipt#matched() matched} to its submission.
         *
         * @param userReference the submission's reference; null for none
         * @param combinedState the whole message's state after this receipt
         * @param partNumber    the part the receipt reports on, 1..partCount
         * @param partCount     the message's parts
         * @throws IllegalArgumentException when the part number is not within 1..partCount
         */
        public Builder submission(String userReference, MessageState combinedState, int partNumber, int partCount) {
            if (partCount < 1 || partNumber < 1 || partNumber > partCount) {
                throw new IllegalArgumentException("part " + partNumber + " of " + partCount);
            }
            this.matched = true;
            this.userReference = userReference;
            this.combinedState = Objects.requireNonNull(combinedState, "combinedState");
            this.partNumber = partNumber;
            this.partCount = partCount;
            return this;
        }

        /** Marks the receipt as one the store had recorded before. */
        public Builder duplicate(boolean duplicate) {
            this.duplicate = duplicate;
            return this;
        }

        /** @throws NullPointerException naming a required field that is missing */
        public Receipt build() {
            return new Receipt(this);
        }
    }
}
