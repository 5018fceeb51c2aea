package org.smppconnector.simulator.delivery;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.bean.OptionalParameter;

/**
 * One deliver_sm the SMSC owes an account (a receipt or a mobile-originated message), sent
 * again until the ESME acknowledges it with ESME_ROK.
 */
public final class Delivery {
    /** What the deliver_sm carries. */
    public enum Kind { RECEIPT, MO }

    private final Kind kind;
    private final String systemId;
    private final String targetGroup;
    private final String originSessionId;
    private final String description;
    private final DeliverSmFields fields;
    private final long createdNanos = System.nanoTime();
    private final AtomicInteger attempts = new AtomicInteger();
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();

    /**
     * @param targetGroup     the bind group it must go to (BulkSMS), or null for any
     * @param originSessionId the session that submitted the message a receipt is for, or null
     */
    public Delivery(Kind kind, String systemId, String targetGroup, String originSessionId, String description,
                    DeliverSmFields fields) {
        this.kind = kind;
        this.systemId = systemId;
        this.targetGroup = targetGroup;
        this.originSessionId = originSessionId;
        this.description = description;
        this.fields = fields;
    }

    public Kind kind() {
        return kind;
    }

    public String systemId() {
        return systemId;
    }

    public String targetGroup() {
        return targetGroup;
    }

    public String originSessionId() {
        return originSessionId;
    }

    public DeliverSmFields fields() {
        return fields;
    }

    /** How many times it was written so far. */
    public int attempts() {
        return attempts.get();
    }

    int beginAttempt() {
        return attempts.incrementAndGet();
    }

    long ageNanos() {
        return System.nanoTime() - createdNanos;
    }

    /** Completes when an ESME acknowledged it with ESME_ROK; fails if it was discarded. */
    public CompletableFuture<Void> acknowledged() {
        return acknowledged;
    }

    void markAcknowledged() {
        acknowledged.complete(null);
    }

    void markDiscarded(String reason) {
        acknowledged.completeExceptionally(new IllegalStateException(description + " discarded: " + reason));
    }

    @Override
    public String toString() {
        return description + " for " + systemId + (targetGroup != null ? " group " + targetGroup : "")
                + " (attempt " + attempts.get() + ")";
    }

    /** The deliver_sm's fields, as jSMPP's sender takes them. */
    public record DeliverSmFields(String serviceType, byte sourceTon, byte sourceNpi, String source,
                                  byte destTon, byte destNpi, String destination, byte esmClass,
                                  byte dataCoding, byte[] shortMessage, OptionalParameter... tlvs) {
    }
}
