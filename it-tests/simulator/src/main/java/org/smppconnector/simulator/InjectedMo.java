package org.smppconnector.simulator;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.smppconnector.simulator.delivery.Delivery;
import org.smppconnector.simulator.mo.MoMessage;

/** An injected MO: the deliver_sm that carry it, and when the ESME acknowledged them all. */
public final class InjectedMo {
    private final MoMessage message;
    private final List<Delivery> parts;

    InjectedMo(MoMessage message, List<Delivery> parts) {
        this.message = message;
        this.parts = List.copyOf(parts);
    }

    public MoMessage message() {
        return message;
    }

    /** One delivery per deliver_sm (one per part). */
    public List<Delivery> parts() {
        return parts;
    }

    /** Completes when every part was acknowledged with ESME_ROK. */
    public CompletableFuture<Void> acknowledged() {
        return CompletableFuture.allOf(parts.stream().map(Delivery::acknowledged).toArray(CompletableFuture[]::new));
    }
}
