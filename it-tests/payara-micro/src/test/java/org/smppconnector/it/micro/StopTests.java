package org.smppconnector.it.micro;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.session.SimulatedSession;

/**
 * Stopping the resource adapter closes every bind with an unbind. Payara Micro cannot undeploy
 * at run time (it has no admin listener), so the test stops it the way an operator does, with
 * SIGTERM: Payara undeploys the application and the RAR on its way out, which stops the
 * adapter. Runs last: Payara is gone afterwards.
 */
abstract class StopTests {

    @Test
    void stoppingTheAdapterUnbindsEverySession() throws Exception {
        Map<String, Set<String>> boundAtStop = new HashMap<>();
        for (String account : Simulators.accounts()) {
            List<SimulatedSession> bound = Simulators.get(account).awaitBound(account, 1, Duration.ofSeconds(30));
            boundAtStop.put(account, bound.stream().map(SimulatedSession::id).collect(Collectors.toSet()));
        }
        ProcessHandle payara = ProcessHandle.current().children()
                .filter(process -> process.info().commandLine().orElse("").contains("payara-micro.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no Payara Micro process under this JVM"));

        payara.destroy();
        payara.onExit().get(60, TimeUnit.SECONDS);

        for (String account : Simulators.accounts()) {
            SmscSimulator smsc = Simulators.get(account);
            smsc.awaitAllClosed(account, Duration.ofSeconds(10));
            List<SimulatedSession> stopped = smsc.sessions(account).stream()
                    .filter(session -> boundAtStop.get(account).contains(session.id())).toList();
            assertFalse(stopped.isEmpty(), account + " had binds when Payara stopped");
            for (SimulatedSession session : stopped) {
                assertTrue(session.unboundByEsme(), () -> account + ": bind " + session.id()
                        + " closed without an unbind (" + session.closeReason() + ")");
            }
        }
    }
}
