/**
 * A minimal SMSC for load benchmarks: it binds anyone and answers every submit_sm at once, so
 * that the client under test, never the SMSC, is the limit. Runs in its own JVM
 * ({@link org.smppconnector.benchmark.sink.SinkSmsc}).
 */
package org.smppconnector.benchmark.sink;
