/**
 * Where our session engine plugs into the session benchmark. The runner drives any
 * {@link org.smppconnector.benchmark.session.ours.SubmitClient} through
 * {@link org.smppconnector.benchmark.session.ours.OursDriver}; the engine's adapter is
 * {@link org.smppconnector.benchmark.session.ours.OursSubmitClient}, the one class to fill in
 * once the engine (org.smppconnector.smpp.session / .pool) is merged.
 */
package org.smppconnector.benchmark.session.ours;
