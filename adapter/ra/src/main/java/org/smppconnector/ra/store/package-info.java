/**
 * The adapter's side of the shared store ({@code storeUrl}): {@link org.smppconnector.ra.store.AdapterStore}
 * opens it and runs its periodic tasks on the adapter's scheduler;
 * {@link org.smppconnector.ra.store.AccountReconciler} keeps the running accounts as the store
 * says (and lets connection factories seed it); each accepted message is queued for the store's
 * batched recorder and each receipt is matched through the store before the message-driven
 * beans get it; {@link org.smppconnector.ra.store.SessionStatusReporter} writes the session
 * status for the console. Without a store none of this runs.
 */
package org.smppconnector.ra.store;
