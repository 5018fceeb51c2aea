/**
 * The protocol core's threads, taken from the container: an {@link java.util.concurrent.Executor}
 * ({@link org.smppconnector.ra.work.WorkManagerExecutor}) and the core's
 * {@link org.smppconnector.smpp.session.time.Scheduler}
 * ({@link org.smppconnector.ra.work.WorkScheduler}) over the BootstrapContext's
 * {@link jakarta.resource.spi.work.WorkManager}. Nothing here creates a thread: every bind's
 * reader, every bind attempt, every timer run and every delivery to a message-driven bean is
 * {@link jakarta.resource.spi.work.Work}.
 */
package org.smppconnector.ra.work;
