package org.smppconnector.engine.it;

import java.io.File;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.ReconnectPolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many forced disconnects, each followed by a rebind, leave no threads or sockets behind.
 * {@code -Dengine.disconnects=N} changes the count (default 1,000).
 */
class RebindStressTest extends EngineHarness {

    private static final int DISCONNECTS = Integer.getInteger("engine.disconnects", 1000);

    @Test
    void aThousandDropsAndRebindsLeakNothing() throws Exception {
        SmscSimulator smsc = simulator(SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .pduLogCapacity(16).sessionHistory(16));
        AccountPool pool = start(account(ProviderPreset.GENERIC, smsc, "acme", "secret")
                .reconnect(ReconnectPolicy.fixed(Duration.ofMillis(1))).build(), InboundHandler.REFUSE);
        assertTrue(pool.awaitBound(1, WAIT));
        pool.submit(submitSm("4512345678", "warm-up")).get(10, TimeUnit.SECONDS);
        int threadsBefore = Thread.activeCount();
        long fdsBefore = openFileDescriptors();

        for (int i = 0; i < DISCONNECTS; i++) {
            long binds = pool.status().get(0).bindsMade();
            smsc.dropConnections("acme");
            spinUntil("rebind " + (i + 1), () -> pool.status().get(0).bindsMade() > binds && pool.boundCount() == 1);
        }
        assertEquals(DISCONNECTS + 1, pool.status().get(0).bindsMade());
        pool.submit(submitSm("4512345678", "still works")).get(10, TimeUnit.SECONDS);

        // Closed connections' threads end and their sockets close shortly after: wait for it.
        awaitEngine("threads back to " + threadsBefore + " (+ idle pool threads)",
                () -> Thread.activeCount() <= threadsBefore + 4);
        if (fdsBefore >= 0) {
            awaitEngine("file descriptors back to " + fdsBefore, () -> openFileDescriptors() <= fdsBefore + 4);
        }
    }

    private static void spinUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(100_000); // poll interval
        }
    }

    /** Open file descriptors of this JVM (Linux), or -1 where /proc is not there. */
    private static long openFileDescriptors() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }
}
