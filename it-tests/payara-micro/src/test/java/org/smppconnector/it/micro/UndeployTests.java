package org.smppconnector.it.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smppconnector.it.micro.app.UndeployAdapterServlet;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.session.SimulatedSession;

/**
 * Undeploying the RAR closes every bind with an unbind. Payara Micro has no admin listener, so
 * the test asks {@link UndeployAdapterServlet} (test-only, in the deployed WAR) to run
 * {@code undeploy --cascade=true smpp-connector} through Payara Micro's runtime API; Payara keeps
 * running. Runs last: the adapter is gone afterwards.
 */
abstract class UndeployTests {

    @Test
    void undeployingTheAdapterUnbindsEverySession() throws Exception {
        Map<String, Set<String>> boundAtUndeploy = new HashMap<>();
        for (String account : Simulators.accounts()) {
            List<SimulatedSession> bound = Simulators.get(account).awaitBound(account, 1, Duration.ofSeconds(30));
            boundAtUndeploy.put(account, bound.stream().map(SimulatedSession::id).collect(Collectors.toSet()));
        }
        ProcessHandle payara = ProcessHandle.current().children()
                .filter(process -> process.info().commandLine().orElse("").contains("payara-micro.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no Payara Micro process under this JVM"));

        HttpResponse<String> undeploy = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + Integer.getInteger("it.http.port") + "/it/undeploy-adapter"))
                .timeout(Duration.ofSeconds(150)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, undeploy.statusCode(), () -> "undeploy failed: " + undeploy.body());

        for (String account : Simulators.accounts()) {
            SmscSimulator smsc = Simulators.get(account);
            smsc.awaitAllClosed(account, Duration.ofSeconds(10));
            List<SimulatedSession> undeployed = smsc.sessions(account).stream()
                    .filter(session -> boundAtUndeploy.get(account).contains(session.id())).toList();
            assertFalse(undeployed.isEmpty(), account + " had binds when the adapter was undeployed");
            for (SimulatedSession session : undeployed) {
                assertTrue(session.unboundByEsme(), () -> account + ": bind " + session.id()
                        + " closed without an unbind (" + session.closeReason() + ")");
            }
        }
        assertTrue(payara.isAlive(), "Payara Micro stopped: the adapter must go by undeploy alone");
    }
}
