package org.smppconnector.simulator.receipt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.smppconnector.simulator.message.DeliveryState;

/**
 * When receipts come and what they say: a delay, outcomes by destination pattern (first
 * match wins), and the outcome of every other destination.
 */
public final class ReceiptPolicy {
    private final Duration delay;
    private final List<ReceiptRule> rules;
    private final Outcome otherwise;

    private ReceiptPolicy(Builder builder) {
        this.delay = builder.delay;
        this.rules = List.copyOf(builder.rules);
        this.otherwise = builder.otherwise;
    }

    /** Every message delivered after 100 ms, no intermediate state. */
    public static ReceiptPolicy deliverAll() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.delay = delay;
        builder.rules.addAll(rules);
        builder.otherwise = otherwise;
        return builder;
    }

    public Duration delay() {
        return delay;
    }

    public List<ReceiptRule> rules() {
        return rules;
    }

    public Outcome otherwise() {
        return otherwise;
    }

    public Outcome outcomeFor(String destination) {
        for (ReceiptRule rule : rules) {
            if (rule.matches(destination)) {
                return rule.outcome();
            }
        }
        return otherwise;
    }

    public static final class Builder {
        private Duration delay = Duration.ofMillis(100);
        private final List<ReceiptRule> rules = new ArrayList<>();
        private Outcome otherwise = Outcome.of(DeliveryState.DELIVERED);

        private Builder() {
        }

        /** How long after the submit the final receipt comes. */
        public Builder delay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("negative receipt delay " + delay);
            }
            this.delay = delay;
            return this;
        }

        /** Destinations matching the regular expression get the outcome (rules are tried in order). */
        public Builder rule(String destinationRegex, Outcome outcome) {
            rules.add(new ReceiptRule(Pattern.compile(destinationRegex), Objects.requireNonNull(outcome)));
            return this;
        }

        public Builder rule(String destinationRegex, DeliveryState finalState, int errorCode) {
            return rule(destinationRegex, Outcome.of(finalState, errorCode));
        }

        /** The outcome of destinations no rule matches (default DELIVRD). */
        public Builder otherwise(Outcome outcome) {
            this.otherwise = Objects.requireNonNull(outcome);
            return this;
        }

        public ReceiptPolicy build() {
            return new ReceiptPolicy(this);
        }
    }
}
