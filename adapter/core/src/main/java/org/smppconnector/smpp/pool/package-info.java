/**
 * An account's binds as a pool: settings, picking a bind, throttling and retrying.
 * <ul>
 *   <li>{@link org.smppconnector.smpp.pool.AccountPool}: keeps every bind of an account up
 *       across its hosts, reconnecting under its policy; sends on the best bind within the TPS
 *       limit, splits long texts ({@code submitText}); one inbound handler for all its
 *       receiving binds; {@link org.smppconnector.smpp.pool.BindStatus} snapshots; takes new
 *       settings while it runs ({@code reconfigure}, which reports
 *       {@link org.smppconnector.smpp.pool.BindChanges}); inside it, {@code BindPlanner} decides
 *       which binds to keep, open and close and on which host, {@code BindKeeper} brings each
 *       bind up and in line, {@code SessionBudget} holds the session cap;</li>
 *   <li>{@link org.smppconnector.smpp.pool.AccountSettings} (built and validated by its builder,
 *       started from a {@link org.smppconnector.smpp.pool.ProviderPreset}) with its
 *       {@link org.smppconnector.smpp.pool.BindGroup}s, {@link org.smppconnector.smpp.pool.TlsSettings},
 *       {@link org.smppconnector.smpp.pool.Credentials} and limits;</li>
 *   <li>{@link org.smppconnector.smpp.pool.BindSelector} picks the transmitting bind with the most
 *       room, over any {@link org.smppconnector.smpp.pool.TransmitChannel};</li>
 *   <li>{@link org.smppconnector.smpp.pool.TokenBucket} is the account's TPS limit;</li>
 *   <li>{@link org.smppconnector.smpp.session.RetryTable} decides which refusals to retry, when, and
 *       counts them.</li>
 * </ul>
 */
package org.smppconnector.smpp.pool;
