/**
 * One {@link org.smppconnector.benchmark.session.driver.LoadDriver} per client library, each
 * driving its library the fastest way it honestly supports, and the pieces they share: the
 * message every driver sends ({@link org.smppconnector.benchmark.session.driver.Workload}), the
 * count of messages left to send ({@link org.smppconnector.benchmark.session.driver.Tickets}),
 * the count of responses still due ({@link org.smppconnector.benchmark.session.driver.Completion})
 * and per-thread latency histograms ({@link org.smppconnector.benchmark.session.driver.LatencyRecorder}).
 */
package org.smppconnector.benchmark.session.driver;
