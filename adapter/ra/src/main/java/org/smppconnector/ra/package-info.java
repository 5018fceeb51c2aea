/**
 * The resource adapter: {@link org.smppconnector.ra.SmppResourceAdapter} owns every account's
 * binds ({@link org.smppconnector.ra.AccountRegistry}: one core
 * {@link org.smppconnector.smpp.pool.AccountPool} per account, shared by every connection
 * factory that configures the account the same way) and runs them on the container's
 * WorkManager ({@code ra.work}). Sending is in {@code ra.outbound}, receiving in
 * {@code ra.inbound}, the account properties in {@code ra.config}, the shared store (accounts
 * from it, submissions and receipts into it, session status) in {@code ra.store}.
 */
package org.smppconnector.ra;
