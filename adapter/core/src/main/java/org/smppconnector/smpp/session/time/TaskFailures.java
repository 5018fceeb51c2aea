package org.smppconnector.smpp.session.time;

import java.lang.System.Logger.Level;

/** Keeps a throwing task from killing the thread or the periodic schedule it runs on. */
final class TaskFailures {

    private static final System.Logger LOG = System.getLogger(Scheduler.class.getName());

    private TaskFailures() {
    }

    static void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            LOG.log(Level.WARNING, "Scheduled engine task " + task + " failed; it stays scheduled", e);
        }
    }
}
