/**
 * The session benchmark of issue 4: client libraries against a sink SMSC in its own JVM, per
 * number of sessions and window; throughput, submit latency, client CPU per message, and the heap
 * each extra idle bound session costs. Main class:
 * {@link org.smppconnector.benchmark.session.SessionBenchmark}.
 */
package org.smppconnector.benchmark.session;
