package org.smppconnector.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.session.SimulatedSession;

/**
 * The EAR on the full Payara Server, as a deployer sets it up: a domain of its own (every port
 * reserved by Maven, files under target/), the EAR deployed, then the pool and the connector
 * resource jca/smpp created on the adapter inside it ("smpp-sample-ear#smpp-connector"), for
 * an account on the simulator. Then: send through the REST API, and see the receipt.
 */
class PayaraServerSmokeIT {

    private static final String DOMAIN = "smpp-smoke";
    private static final String ACCOUNT = "smoke";

    private static SmscSimulator smsc;
    private static Asadmin asadmin;
    private static String adminPort;
    private static boolean domainStarted;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static URI sample;

    @BeforeAll
    static void deployTheEar() throws Exception {
        smsc = SmscSimulator.builder(Profiles.generic()).port(Integer.getInteger("it.smsc.port"))
                .account(ACCOUNT, "secret").build().start();

        Path domains = Path.of(System.getProperty("it.domains.dir"));
        Files.createDirectories(domains);
        asadmin = new Asadmin(Path.of(System.getProperty("it.payara.home")), domains.resolve("asadmin.log"));
        adminPort = System.getProperty("it.admin.port");
        sample = URI.create("http://127.0.0.1:" + System.getProperty("it.http.port") + "/sample/");

        deleteTree(domains.resolve(DOMAIN)); // a domain of an earlier run has that run's ports
        asadmin.run("create-domain", "--domaindir", domains.toString(), "--nopassword", "true",
                "--adminport", adminPort, "--instanceport", System.getProperty("it.http.port"),
                "--domainproperties", String.join(":",
                        "http.ssl.port=" + System.getProperty("it.https.port"),
                        "jms.port=" + System.getProperty("it.jms.port"),
                        "domain.jmxPort=" + System.getProperty("it.jmx.port"),
                        "orb.listener.port=" + System.getProperty("it.iiop.port"),
                        "orb.ssl.port=" + System.getProperty("it.iiops.port"),
                        "orb.mutualauth.port=" + System.getProperty("it.iiopmutual.port"),
                        "osgi.shell.telnet.port=" + System.getProperty("it.osgi.port"),
                        "java.debugger.port=" + System.getProperty("it.debug.port")),
                DOMAIN);
        asadmin.run("start-domain", "--domaindir", domains.toString(), DOMAIN);
        domainStarted = true;
        asadmin.run("--port", adminPort, "deploy", "--force", "true", System.getProperty("it.ear"));
        // Only now: the pool's adapter is the one inside the EAR, which exists once it is deployed.
        asadmin.run("--port", adminPort, "create-connector-connection-pool",
                "--raname", "smpp-sample-ear#smpp-connector", "--ping", "true", // the ping starts the account
                "--connectiondefinition", "org.smppconnector.api.SmppConnectionFactory",
                "--property", "account=" + ACCOUNT + ":hosts=127.0.0.1\\:" + smsc.port()
                        + ":systemId=" + ACCOUNT + ":password=secret:reconnectDelaySeconds=1",
                "smpp-smoke");
        asadmin.run("--port", adminPort, "create-connector-resource", "--poolname", "smpp-smoke", "jca/smpp");
    }

    @AfterAll
    static void stopTheDomain() throws Exception {
        try {
            if (domainStarted) {
                asadmin.run("stop-domain", "--domaindir", System.getProperty("it.domains.dir"), DOMAIN);
            }
        } finally {
            if (smsc != null) {
                smsc.stop();
            }
        }
    }

    @Test
    void aMessageSentThroughTheEarGetsItsReceipt() throws Exception {
        smsc.awaitBound(ACCOUNT, Duration.ofSeconds(30));

        HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(sample.resolve("messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"to\": \"+4512345678\", \"text\": \"Hello from the EAR\", \"receipt\": true}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, sent.statusCode(), sent::body);
        String id = json(sent.body()).getJsonArray("messageIds").getString(0);
        assertEquals("Hello from the EAR", smsc.awaitMessages(1, Duration.ofSeconds(10)).get(0).text());

        JsonObject delivered = awaitDeliveredReceipt(id);
        assertEquals(ACCOUNT, delivered.getString("account"));
        assertTrue(delivered.getBoolean("final"));
    }

    private static JsonObject awaitDeliveredReceipt(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(sample.resolve("receipts?messageId=" + id))
                    .build(), HttpResponse.BodyHandlers.ofString());
            List<JsonObject> receipts = json(answer.body()).getJsonArray("receipts").getValuesAs(JsonObject.class);
            for (JsonObject receipt : receipts) {
                if (receipt.getString("state").equals("DELIVERED")) {
                    return receipt;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no DELIVERED receipt for " + id + " within 20 s; the sample has " + receipts
                        + "; the simulator's sessions: " + smsc.sessions().stream().map(SimulatedSession::toString).toList());
            }
            Thread.sleep(100);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
