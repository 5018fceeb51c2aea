package org.smppconnector.ra.work;

import jakarta.resource.spi.work.Work;
import java.util.Objects;

/** A task as JCA {@link Work}. {@link #release()} does nothing: our tasks end when their pool stops. */
final class RunnableWork implements Work {

    private final Runnable task;

    RunnableWork(Runnable task) {
        this.task = Objects.requireNonNull(task, "task");
    }

    @Override
    public void run() {
        task.run();
    }

    @Override
    public void release() {
        // The core's long tasks (bind readers) end when their connection closes, which stopping
        // the pool does; there is nothing to interrupt here.
    }

    @Override
    public String toString() {
        return "SMPP work " + task;
    }
}
