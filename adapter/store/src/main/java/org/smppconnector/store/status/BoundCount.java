package org.smppconnector.store.status;

/** Binds of one bind group of one account, over all nodes: how many there are and how many are bound. */
public record BoundCount(String account, String bindGroup, int binds, int bound) {
}
