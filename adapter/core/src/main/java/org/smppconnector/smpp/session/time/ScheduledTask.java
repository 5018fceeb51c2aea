package org.smppconnector.smpp.session.time;

/** A task handed to a {@link Scheduler}, which can still be called off. */
@FunctionalInterface
public interface ScheduledTask {

    /** Stops the task from running again; a run already under way finishes. */
    void cancel();
}
