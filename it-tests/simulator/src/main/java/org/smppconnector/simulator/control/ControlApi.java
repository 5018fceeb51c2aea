package org.smppconnector.simulator.control;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.smppconnector.simulator.InjectedMo;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.account.Account;
import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.control.ControlServer.Request;
import org.smppconnector.simulator.control.ControlServer.Response;
import org.smppconnector.simulator.control.ControlServer.Route;
import org.smppconnector.simulator.fault.Faults;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.message.TrackedMessage;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.profile.ProfileRules;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.MultipartMethod;
import org.smppconnector.simulator.text.TextCodec;

/**
 * The control port's routes over one simulator. Each checks every field before it changes
 * anything, so a refused request leaves the simulator as it was.
 */
final class ControlApi {
    private static final int DEFAULT_MESSAGE_LIMIT = 100;
    private static final long MAX_WAIT_MILLIS = 60_000;

    private final SmscSimulator smsc;
    private final ProfileRules rules;

    ControlApi(SmscSimulator smsc) {
        this.smsc = smsc;
        this.rules = new ProfileRules(smsc.profile());
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/status", this::status),
                new Route("GET", "/counters", request -> Response.ok(Views.counters(smsc.counters()))),
                new Route("GET", "/sessions", this::sessions),
                new Route("POST", "/sessions/drop", request -> closeSessions(request, false)),
                new Route("POST", "/sessions/unbind", request -> closeSessions(request, true)),
                new Route("GET", "/messages", this::messages),
                new Route("GET", "/messages/{id}", this::message),
                new Route("POST", "/mo", this::injectMo),
                new Route("POST", "/outbind", this::outbind),
                new Route("GET", "/faults", request -> Response.ok(Views.faults(smsc.faults()))),
                new Route("POST", "/faults", this::setFaults),
                new Route("DELETE", "/faults", request -> Response.ok(Views.faults(smsc.faults().clear()))),
                new Route("GET", "/accounts", request -> Response.ok(Map.of("accounts",
                        smsc.accounts().stream().map(Views::account).toList()))),
                new Route("POST", "/accounts", this::addAccount),
                new Route("DELETE", "/accounts/{systemId}", this::removeAccount));
    }

    private Response status(Request request) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("profile", smsc.profile().name());
        view.put("running", smsc.isRunning());
        view.put("endpoints", smsc.endpoints().stream().map(Views::endpoint).toList());
        view.put("accounts", smsc.accounts().size());
        view.put("openSessions", smsc.openSessions().size());
        return Response.ok(view);
    }

    /** ?account= filters by system_id; ?open=true keeps the sessions not yet closed. */
    private Response sessions(Request request) {
        String account = request.query().get("account");
        boolean openOnly = booleanParameter(request, "open");
        List<Map<String, Object>> sessions = smsc.sessions().stream()
                .filter(s -> account == null || account.equals(s.systemId()))
                .filter(s -> !openOnly || s.state() != SimulatedSession.State.CLOSED)
                .map(Views::session).toList();
        return Response.ok(Map.of("sessions", sessions));
    }

    /** {"account": "acme"} or {"account": "*"} for every account. */
    private Response closeSessions(Request request, boolean unbind) {
        RequestFields fields = request.fields().allowOnly("account");
        String account = fields.string("account");
        String systemId = account.equals("*") ? null : account;
        Predicate<SimulatedSession> affected = s -> (systemId == null || systemId.equals(s.systemId()))
                && (!unbind || s.state() == SimulatedSession.State.BOUND);
        long count = smsc.openSessions().stream().filter(affected).count();
        if (unbind) {
            smsc.unbindSessions(systemId);
        } else {
            smsc.dropConnections(systemId);
        }
        return Response.ok(Map.of("sessions", count));
    }

    /** The newest ?limit= (default 100) received messages, oldest first; ?account= filters by system_id. */
    private Response messages(Request request) {
        int limit = intParameter(request, "limit", DEFAULT_MESSAGE_LIMIT);
        String account = request.query().get("account");
        List<ReceivedMessage> all = account == null ? smsc.messages() : smsc.messages(account);
        List<ReceivedMessage> newest = all.subList(Math.max(0, all.size() - limit), all.size());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", all.size());
        view.put("messages", newest.stream().map(Views::message).toList());
        return Response.ok(view);
    }

    private Response message(Request request) {
        String id = request.pathParameters().get(0);
        TrackedMessage message = smsc.trackedMessage(id).orElse(null);
        if (message == null) {
            return Response.error(404, "no tracked message '" + id + "' (unknown, or older than the message book keeps)");
        }
        return Response.ok(Views.tracked(message));
    }

    /**
     * {"account", "text", "from", "to", "encoding", "multipart", "dataCoding", "group",
     * "serviceType", "sourceTon", "sourceNpi", "destTon", "destNpi", "waitMs"}: account and
     * text required; with encoding "binary" the text is hex; without encoding, the profile's
     * data_coding 0 alphabet (GSM-7, or ASCII for mta and surem). With waitMs, answers once the ESME
     * acknowledged every part or the wait is over; else at once, with 202.
     */
    private Response injectMo(Request request) {
        RequestFields fields = request.fields().allowOnly("account", "text", "from", "to", "encoding", "multipart",
                "dataCoding", "group", "serviceType", "sourceTon", "sourceNpi", "destTon", "destNpi", "waitMs");
        String account = fields.string("account");
        if (smsc.accounts().stream().noneMatch(a -> a.systemId().equals(account))) {
            throw new BadRequestException("account", "no account '" + account + "'");
        }
        Alphabet alphabet = fields.has("encoding") ? alphabet(fields.string("encoding")) : smsc.profile().defaultAlphabet();
        MultipartMethod method = multipart(fields.optionalString("multipart", "udh8"));
        MoMessage.Builder builder = MoMessage.to(account).text(fields.string("text"), alphabet).multipart(method)
                .from(fields.optionalString("from", "447700900001"), fields.optionalInt("sourceTon", 1, 0, 255),
                        fields.optionalInt("sourceNpi", 1, 0, 255))
                .toAddress(fields.optionalString("to", "12345"), fields.optionalInt("destTon", 0, 0, 255),
                        fields.optionalInt("destNpi", 1, 0, 255))
                .serviceType(fields.optionalString("serviceType", ""))
                .dataCoding(fields.optionalInt("dataCoding", -1, 0, 255));
        if (fields.has("group")) {
            builder.group(fields.string("group"));
        }
        long waitMillis = fields.optionalLong("waitMs", 0, 0, MAX_WAIT_MILLIS);
        MoMessage mo = builder.build();
        try {
            TextCodec.encode(alphabet, mo.text());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("text", e.getMessage());
        }
        try {
            rules.checkMoDataCoding(mo);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(fields.has("dataCoding") ? "dataCoding" : "encoding", e.getMessage());
        }
        try {
            rules.checkMoParts(mo);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("multipart", e.getMessage());
        }
        InjectedMo injected = smsc.injectMo(mo);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("parts", injected.parts().size());
        if (waitMillis == 0) {
            view.put("acknowledged", injected.acknowledged().isDone());
            return new Response(202, view);
        }
        view.put("acknowledged", awaitAcknowledged(injected, waitMillis));
        return Response.ok(view);
    }

    private static boolean awaitAcknowledged(InjectedMo injected, long waitMillis) {
        try {
            injected.acknowledged().get(waitMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {"account", "host", "port", "password"}: connects to the ESME at host:port and sends outbind
     * with the account's system_id and its password (or the one given); answers with the new
     * session, which then waits for the ESME's bind_receiver.
     */
    private Response outbind(Request request) {
        RequestFields fields = request.fields().allowOnly("account", "host", "port", "password");
        String account = fields.string("account");
        Account known = smsc.accounts().stream().filter(a -> a.systemId().equals(account)).findFirst()
                .orElseThrow(() -> new BadRequestException("account", "no account '" + account + "'"));
        String host = fields.string("host");
        int port = fields.optionalInt("port", 0, 1, 65535);
        if (!fields.has("port")) {
            throw new BadRequestException("port", "the ESME's port is required");
        }
        try {
            SimulatedSession session = smsc.outbind(account, fields.optionalString("password", known.password()), host,
                    port);
            return new Response(201, Views.session(session));
        } catch (java.io.IOException e) {
            throw new BadRequestException("host", "cannot reach the ESME at " + host + ":" + port + ": " + e.getMessage());
        }
    }

    /**
     * Changes the fault modes given, leaves the others: {"throttleTps", "queueFull",
     * "responseDelayMs", "dropResponses", "dropConnectionEvery", "refuseBindsForMs"}.
     */
    private Response setFaults(Request request) {
        RequestFields fields = request.fields().allowOnly("throttleTps", "queueFull", "responseDelayMs",
                "dropResponses", "dropConnectionEvery", "refuseBindsForMs");
        Faults faults = smsc.faults();
        int throttle = fields.optionalInt("throttleTps", faults.throttleTps(), 0, Integer.MAX_VALUE);
        boolean queueFull = fields.optionalBoolean("queueFull", faults.isQueueFull());
        long delay = fields.optionalLong("responseDelayMs", faults.responseDelayNanos() / 1_000_000, 0, 3_600_000);
        boolean drop = fields.optionalBoolean("dropResponses", faults.isDroppingResponses());
        int dropEvery = fields.optionalInt("dropConnectionEvery", faults.dropConnectionEvery(), 0, Integer.MAX_VALUE);
        long refuseBinds = fields.optionalLong("refuseBindsForMs", -1, 0, 86_400_000);
        faults.throttle(throttle).queueFull(queueFull).dropResponses(drop).dropConnectionEvery(dropEvery);
        if (fields.has("responseDelayMs")) {
            faults.responseDelay(Duration.ofMillis(delay));
        }
        if (refuseBinds >= 0) {
            faults.refuseBindsFor(Duration.ofMillis(refuseBinds));
        }
        return Response.ok(Views.faults(faults));
    }

    /** {"systemId", "password", "binds" ("TX|RX|TRX", default all), "maxSessions" (0 = the profile's cap)}. */
    private Response addAccount(Request request) {
        RequestFields fields = request.fields().allowOnly("systemId", "password", "binds", "maxSessions");
        String systemId = fields.string("systemId");
        String password = fields.string("password");
        Set<BindKind> kinds = EnumSet.allOf(BindKind.class);
        String binds = fields.optionalString("binds", "");
        if (!binds.isBlank() && !binds.trim().equals("*")) {
            kinds = EnumSet.noneOf(BindKind.class);
            for (String kind : binds.split("\\|")) {
                try {
                    kinds.add(BindKind.parse(kind));
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("binds", e.getMessage());
                }
            }
        }
        int maxSessions = fields.optionalInt("maxSessions", 0, 0, 1_000);
        Account account;
        try {
            account = new Account(systemId, password, kinds, maxSessions);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("systemId", e.getMessage());
        }
        try {
            smsc.addAccount(account);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("password", e.getMessage()); // the only rule a profile puts on accounts
        }
        return new Response(201, Views.account(account));
    }

    private Response removeAccount(Request request) {
        String systemId = request.pathParameters().get(0);
        if (!smsc.removeAccount(systemId)) {
            return Response.error(404, "no account '" + systemId + "'");
        }
        return Response.ok(Map.of("removed", systemId));
    }

    private static Alphabet alphabet(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT).replace("-", "");
        if (key.equals("GSM")) {
            key = "GSM7";
        }
        try {
            return Alphabet.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("encoding", "unknown encoding '" + name
                    + "'; expected gsm7, ascii, latin1, cyrillic, hebrew, ucs2, ksc5601 or binary");
        }
    }

    private static MultipartMethod multipart(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "none": return MultipartMethod.NONE;
            case "udh":
            case "udh8":
            case "udh_8bit": return MultipartMethod.UDH_8BIT;
            case "udh16":
            case "udh_16bit": return MultipartMethod.UDH_16BIT;
            case "sar": return MultipartMethod.SAR;
            case "payload":
            case "message_payload": return MultipartMethod.MESSAGE_PAYLOAD;
            default:
                throw new BadRequestException("multipart", "unknown multipart method '" + name
                        + "'; expected none, udh8, udh16, sar or payload");
        }
    }

    private static int intParameter(Request request, String name, int otherwise) {
        String value = request.query().get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, "parameter '" + name + "' must be a whole number >= 0, got '"
                    + value + "'");
        }
    }

    private static boolean booleanParameter(Request request, String name) {
        String value = request.query().get(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.isEmpty()) {
            return true;
        }
        throw new BadRequestException(name, "parameter '" + name + "' must be true or false, got '" + value + "'");
    }
}
