package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.control.ControlServer;
import org.smppconnector.simulator.control.Json;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.SimulatedSession;

/** The HTTP control port, driven with the JDK's HTTP client against a started simulator. */
class ControlPortTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SmscSimulator smsc;
    private ControlServer control;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .receiptPolicy(ReceiptPolicy.builder().delay(Duration.ofMillis(20)).build()).build().start();
        control = ControlServer.start(smsc, 0);
    }

    @AfterEach
    void stop() {
        control.close();
        smsc.stop();
    }

    @Test
    void countersSessionsMessagesAndAMessagesState() throws Exception {
        String id;
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            id = esme.submit("4915100000001", "hello control");
            esme.next(); // the receipt
            smsc.awaitCount(Counter.RECEIPTS_ACKNOWLEDGED, 1, Esme.WAIT);

            Map<String, Object> counters = object(get("/counters"), 200);
            assertEquals(1, number(counters.get("submitsAccepted")));
            assertEquals(1, number(counters.get("bindsAccepted")));

            List<Map<String, Object>> sessions = list(object(get("/sessions?account=acme&open=true"), 200),
                    "sessions");
            assertEquals(1, sessions.size());
            assertEquals("BOUND", sessions.get(0).get("state"));
            assertEquals("TRX", sessions.get(0).get("bindType"));
            assertEquals("0x34", sessions.get(0).get("interfaceVersion"));
        }
        smsc.awaitAllClosed("acme", Esme.WAIT);
        assertTrue(list(object(get("/sessions?open=true"), 200), "sessions").isEmpty());
        assertEquals("CLOSED", list(object(get("/sessions"), 200), "sessions").get(0).get("state"));

        Map<String, Object> messages = object(get("/messages?limit=5"), 200);
        assertEquals(1, number(messages.get("total")));
        Map<String, Object> message = list(messages, "messages").get(0);
        assertEquals("hello control", message.get("text"));
        assertEquals(id, message.get("messageId"));
        assertEquals("4915100000001", message.get("destination"));

        Map<String, Object> tracked = object(get("/messages/" + id), 200);
        assertEquals("DELIVRD", tracked.get("state"));
        assertEquals(Boolean.TRUE, tracked.get("final"));
        assertEquals("acme", tracked.get("systemId"));
    }

    @Test
    void messagesKeepsTheNewestUpToTheLimit() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret")) {
            for (int i = 0; i < 3; i++) {
                esme.submit("4915100000001", "number " + i);
            }
        }
        List<Map<String, Object>> two = list(object(get("/messages?limit=2"), 200), "messages");
        assertEquals(List.of("number 1", "number 2"), two.stream().map(m -> m.get("text")).toList());
        assertEquals("limit", object(get("/messages?limit=many"), 400).get("field"));
    }

    @Test
    void anInjectedMoReachesTheEsme() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            Map<String, Object> answer = object(post("/mo", "{\"account\":\"acme\",\"from\":\"4917000000001\","
                    + "\"to\":\"5555\",\"text\":\"Привет\",\"encoding\":\"ucs2\",\"waitMs\":5000}"), 200);
            assertEquals(Boolean.TRUE, answer.get("acknowledged"));
            assertEquals(1, number(answer.get("parts")));
            DeliverSm mo = esme.next();
            assertEquals("4917000000001", mo.getSourceAddr());
            assertEquals("5555", mo.getDestAddress());
            assertEquals("Привет", new String(mo.getShortMessage(), StandardCharsets.UTF_16BE));
        }
        Map<String, Object> parts = object(post("/mo", "{\"account\":\"acme\",\"text\":\"" + "x".repeat(200)
                + "\",\"multipart\":\"sar\"}"), 202);
        assertEquals(2, number(parts.get("parts")), "waits for a receiver, in two parts");
        assertEquals(2, smsc.pendingDeliveries("acme"));
    }

    @Test
    void aBadMoNamesItsField() throws Exception {
        assertEquals("account", object(post("/mo", "{\"text\":\"hi\"}"), 400).get("field"));
        assertEquals("account", object(post("/mo", "{\"account\":\"nobody\",\"text\":\"hi\"}"), 400).get("field"));
        assertEquals("encoding", object(post("/mo", "{\"account\":\"acme\",\"text\":\"hi\",\"encoding\":\"utf9\"}"),
                400).get("field"));
        assertEquals("text", object(post("/mo", "{\"account\":\"acme\",\"text\":\"Привет\"}"), 400).get("field"),
                "Cyrillic is not in GSM-7");
        assertEquals("text", object(post("/mo", "{\"account\":\"acme\",\"text\":\"zz\",\"encoding\":\"binary\"}"),
                400).get("field"), "binary text is hex");
        assertEquals("multipart", object(post("/mo", "{\"account\":\"acme\",\"text\":\"hi\",\"multipart\":\"x\"}"),
                400).get("field"));
        assertEquals("waitMs", object(post("/mo", "{\"account\":\"acme\",\"text\":\"hi\",\"waitMs\":\"soon\"}"),
                400).get("field"));
        assertEquals("colour", object(post("/mo", "{\"account\":\"acme\",\"text\":\"hi\",\"colour\":1}"), 400)
                .get("field"));
        assertEquals(0, smsc.count(Counter.MO_INJECTED));
    }

    @Test
    void aProfilesMoRulesAreFieldErrors() throws Exception {
        try (SmscSimulator bulk = SmscSimulator.builder("bulksms").account("bulk", "pw").build().start();
             ControlServer bulkControl = ControlServer.start(bulk, 0)) {
            HttpResponse<String> refused = send(bulkControl, "POST", "/mo",
                    "{\"account\":\"bulk\",\"text\":\"hi\",\"encoding\":\"ucs2\"}");
            assertEquals(400, refused.statusCode());
            assertEquals("encoding", object(refused, 400).get("field"));
            assertEquals("multipart", object(send(bulkControl, "POST", "/mo",
                    "{\"account\":\"bulk\",\"text\":\"" + "x".repeat(200) + "\"}"), 400).get("field"));
        }
    }

    @Test
    void anMoWithoutEncodingIsInTheProfilesDataCodingZeroAlphabet() throws Exception {
        try (SmscSimulator mta = SmscSimulator.builder("mta").account("mta", "pw").build().start();
             ControlServer mtaControl = ControlServer.start(mta, 0)) {
            assertEquals(202, send(mtaControl, "POST", "/mo", "{\"account\":\"mta\",\"text\":\"a_b\"}").statusCode(),
                    "ASCII, as Mobile Text Alerts reads data_coding 0");
            assertEquals("encoding", object(send(mtaControl, "POST", "/mo",
                    "{\"account\":\"mta\",\"text\":\"a_b\",\"encoding\":\"gsm7\"}"), 400).get("field"));
            assertEquals(1, mta.count(Counter.MO_INJECTED));
        }
    }

    @Test
    void faultsSwitchOnAndOff() throws Exception {
        try (Esme esme = Esme.bind(smsc, BindType.BIND_TX, "acme", "secret")) {
            Map<String, Object> faults = object(post("/faults", "{\"queueFull\":true,\"responseDelayMs\":0}"), 200);
            assertEquals(Boolean.TRUE, faults.get("queueFull"));
            assertTrue(smsc.faults().isQueueFull());
            Refused.with(SMPPConstant.STAT_ESME_RMSGQFUL, () -> esme.submit("4915100000001", "full"));

            object(post("/faults", "{\"throttleTps\":5}"), 200);
            assertEquals(Boolean.TRUE, object(get("/faults"), 200).get("queueFull"), "the others are left alone");
            assertEquals(5, smsc.faults().throttleTps());

            Map<String, Object> cleared = object(send(control, "DELETE", "/faults", ""), 200);
            assertEquals(Boolean.FALSE, cleared.get("queueFull"));
            assertEquals(0, number(cleared.get("throttleTps")));
            esme.submit("4915100000001", "accepted again");

            object(post("/faults", "{\"refuseBindsForMs\":60000}"), 200);
            Refused.bindWith(SMPPConstant.STAT_ESME_RBINDFAIL,
                    () -> Esme.bind(smsc, BindType.BIND_TX, "acme", "secret").close());
            object(post("/faults", "{\"refuseBindsForMs\":0}"), 200);
            Esme.bind(smsc, BindType.BIND_TX, "acme", "secret").close();
        }
    }

    @Test
    void aBadFaultChangesNothing() throws Exception {
        Map<String, Object> wrongType = object(post("/faults", "{\"queueFull\":true,\"throttleTps\":\"ten\"}"), 400);
        assertEquals("throttleTps", wrongType.get("field"));
        assertEquals("dropConnectionEvery", object(post("/faults", "{\"dropConnectionEvery\":-1}"), 400).get("field"));
        assertEquals("throttle", object(post("/faults", "{\"throttle\":10}"), 400).get("field"));
        Map<String, Object> notJson = object(post("/faults", "{queueFull: true}"), 400);
        assertTrue(notJson.get("error").toString().contains("not JSON"), notJson.toString());
        assertEquals(400, post("/faults", "[1, 2]").statusCode());
        assertFalse(smsc.faults().isQueueFull());
        assertEquals(0, smsc.faults().throttleTps());
    }

    @Test
    void unbindAndDropAnAccountsSessions() throws Exception {
        try (Esme first = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret");
             Esme second = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            assertEquals(2, number(object(post("/sessions/unbind", "{\"account\":\"acme\"}"), 200).get("sessions")));
            smsc.awaitAllClosed("acme", Esme.WAIT);
            assertTrue(smsc.sessions("acme").stream().noneMatch(SimulatedSession::unboundByEsme),
                    "the SMSC unbound them");
        }
        try (Esme third = Esme.bind(smsc, BindType.BIND_TRX, "acme", "secret")) {
            assertEquals(1, number(object(post("/sessions/drop", "{\"account\":\"*\"}"), 200).get("sessions")));
            smsc.awaitAllClosed("acme", Esme.WAIT);
            assertEquals(1, smsc.count(Counter.CONNECTIONS_DROPPED));
        }
        assertEquals("account", object(post("/sessions/drop", "{}"), 400).get("field"));
    }

    @Test
    void outbindConnectsToTheEsmeWithTheAccountsCredentials() throws Exception {
        try (java.net.ServerSocket esme = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            esme.setSoTimeout((int) Esme.WAIT.toMillis());
            Map<String, Object> session = object(post("/outbind",
                    "{\"account\":\"acme\",\"host\":\"127.0.0.1\",\"port\":" + esme.getLocalPort() + "}"), 201);
            assertEquals("outbind", session.get("endpoint"));
            try (java.net.Socket connection = esme.accept()) {
                RawPdus.Header outbind = RawPdus.read(connection.getInputStream());
                assertEquals(SMPPConstant.CID_OUTBIND, outbind.commandId());
                assertEquals("acme\0secret\0", new String(outbind.body(), java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        assertEquals("account", object(post("/outbind", "{\"account\":\"nobody\",\"host\":\"h\",\"port\":1}"), 400)
                .get("field"));
        assertEquals("port", object(post("/outbind", "{\"account\":\"acme\",\"host\":\"h\"}"), 400).get("field"));
    }

    @Test
    void accountsAddedAndRemovedWhileRunning() throws Exception {
        Map<String, Object> added = object(post("/accounts",
                "{\"systemId\":\"late\",\"password\":\"pw\",\"binds\":\"TX\",\"maxSessions\":1}"), 201);
        assertEquals("TX", added.get("binds"));
        Esme.bind(smsc, BindType.BIND_TX, "late", "pw").close();
        Refused.bindWith(SMPPConstant.STAT_ESME_RBINDFAIL, () -> Esme.bind(smsc, BindType.BIND_RX, "late", "pw").close());
        assertEquals(2, list(object(get("/accounts"), 200), "accounts").size());
        assertEquals("binds", object(post("/accounts", "{\"systemId\":\"x\",\"password\":\"p\",\"binds\":\"TXX\"}"),
                400).get("field"));
        assertEquals("systemId", object(post("/accounts", "{\"systemId\":\"much-too-long-system-id\","
                + "\"password\":\"p\"}"), 400).get("field"));
        object(send(control, "DELETE", "/accounts/late", ""), 200);
        object(send(control, "DELETE", "/accounts/late", ""), 404);
        Refused.bindWith(SMPPConstant.STAT_ESME_RBINDFAIL, () -> Esme.bind(smsc, BindType.BIND_TX, "late", "pw").close());
    }

    @Test
    void unknownPathsIdsAndMethods() throws Exception {
        assertTrue(object(get("/nothing-here"), 404).get("error").toString().contains("/nothing-here"));
        assertTrue(object(get("/messages/12345"), 404).get("error").toString().contains("12345"));
        HttpResponse<String> wrongMethod = send(control, "PUT", "/faults", "{}");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals(Optional.of("GET, POST, DELETE"), wrongMethod.headers().firstValue("Allow"));
        assertEquals(405, post("/counters", "").statusCode());
        Map<String, Object> status = object(get("/status"), 200);
        assertEquals("generic", status.get("profile"));
        assertEquals(smsc.port(), number(list(status, "endpoints").get(0).get("port")));
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        InetAddress external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(this::isUp).flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst().orElse(null);
        assumeTrue(external != null, "the machine has no non-loopback address to try");
        assertThrows(IOException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external, control.port()), 2000);
            }
        });
        assertEquals(200, get("/status").statusCode());
    }

    private boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (IOException e) {
            return false;
        }
    }

    // ---- HTTP -------------------------------------------------------------------------------

    private HttpResponse<String> get(String path) throws Exception {
        return send(control, "GET", path, null);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return send(control, "POST", path, json);
    }

    private static HttpResponse<String> send(ControlServer server, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Esme.WAIT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(Optional.of("application/json; charset=utf-8"), response.headers().firstValue("Content-Type"));
        return (Map<String, Object>) Json.parse(response.body());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> object, String field) {
        return (List<Map<String, Object>>) object.get(field);
    }

    private static int number(Object value) {
        return ((BigDecimal) value).intValueExact();
    }
}
