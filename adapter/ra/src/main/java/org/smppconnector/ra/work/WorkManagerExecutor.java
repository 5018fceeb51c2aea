package org.smppconnector.ra.work;

import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * An {@link Executor} that runs each task as {@link jakarta.resource.spi.work.Work} on the
 * container's {@link WorkManager} ({@code scheduleWork}: returns once the work is accepted, without
 * waiting for it to start). Bind readers hold their work for as long as the bind is up, so the
 * WorkManager's thread pool must have room for every bind of every account plus deliveries.
 */
public final class WorkManagerExecutor implements Executor {

    private final WorkManager workManager;
    private volatile boolean inlineWhenRefused;

    public WorkManagerExecutor(WorkManager workManager) {
        this.workManager = Objects.requireNonNull(workManager, "workManager");
    }

    /**
     * @throws RejectedExecutionException when the WorkManager refuses the work (unless
     *     {@link #runInlineWhenRefused()} was called)
     */
    @Override
    public void execute(Runnable task) {
        try {
            workManager.scheduleWork(new RunnableWork(task), WorkManager.INDEFINITE, null, null);
        } catch (WorkException e) {
            if (inlineWhenRefused) {
                task.run();
                return;
            }
            throw new RejectedExecutionException("the WorkManager refused " + task + ": " + e.getMessage(), e);
        }
    }

    /**
     * From now on a refused task runs on the caller's thread: for stopping, when a container may
     * already refuse work but every bind must still unbind (stopping starts no reader).
     */
    public void runInlineWhenRefused() {
        inlineWhenRefused = true;
    }

    /** Starts a task that runs until it is released, e.g. the timer loop. */
    void startLongRunning(jakarta.resource.spi.work.Work work) throws WorkException {
        workManager.scheduleWork(work, WorkManager.INDEFINITE, null, null);
    }
}
