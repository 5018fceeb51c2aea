/**
 * Where our session engine plugs into the session benchmark. The runner drives any
 * {@link org.smppconnector.benchmark.session.ours.SubmitClient} through
 * {@link org.smppconnector.benchmark.session.ours.OursDriver}; the engine's adapter is
 * {@link org.smppconnector.benchmark.session.ours.OursSubmitClient}, which binds an
 * {@code AccountPool} (or plain {@code SmppSession}s with {@code -Dbench.ours-mode=sessions}).
 */
package org.smppconnector.benchmark.session.ours;
