/**
 * Time for the session engine: a {@link org.smppconnector.smpp.session.time.NanoClock} to read
 * it and a {@link org.smppconnector.smpp.session.time.Scheduler} for delayed and periodic
 * work, backed by threads the engine is given (a ScheduledExecutorService, or a container's
 * Timer plus WorkManager). Tests use a manual scheduler and never sleep.
 */
package org.smppconnector.smpp.session.time;
