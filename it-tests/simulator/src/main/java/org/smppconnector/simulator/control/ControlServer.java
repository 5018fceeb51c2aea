package org.smppconnector.simulator.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.smppconnector.simulator.SmscSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's HTTP control port: JSON in and out, on the loopback interface only (it
 * steers the simulator and has no authentication, so nothing off the machine may reach it).
 * The routes are {@link ControlApi}'s; this class is the HTTP around them: routing, 404 for
 * an unknown path, 405 (with Allow) for a known path and another method, 400 naming the
 * field at fault.
 *
 * <pre>
 * try (ControlServer control = ControlServer.start(smsc, 0)) {
 *     URI counters = control.uri().resolve("/counters");
 * }
 * </pre>
 */
public final class ControlServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Route> routes;

    private ControlServer(HttpServer server, ExecutorService executor, List<Route> routes) {
        this.server = server;
        this.executor = executor;
        this.routes = routes;
    }

    /**
     * Listens on 127.0.0.1.
     *
     * @param port 0 for a free one
     * @throws IOException naming the port when it cannot listen
     */
    public static ControlServer start(SmscSimulator smsc, int port) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new IOException("cannot listen on control port 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        AtomicInteger threads = new AtomicInteger();
        // two threads: one request may wait (an unbind, an MO acknowledgement) while another is answered
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "smsc-sim-control-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ControlServer control = new ControlServer(server, executor, new ControlApi(smsc).routes());
        server.createContext("/", control::handle);
        server.setExecutor(executor);
        server.start();
        return control;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:port/ */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Stops answering; requests in progress are cut off. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            try {
                response = dispatch(exchange);
            } catch (BadRequestException e) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", e.getMessage());
                body.put("field", e.field());
                response = new Response(400, body);
            } catch (RuntimeException e) {
                LOG.warn("control request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                response = Response.error(500, e.toString());
            }
            send(exchange, response);
        }
    }

    private Response dispatch(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        List<String> segments = segments(exchange.getRequestURI().getRawPath());
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            List<String> parameters = route.match(segments);
            if (parameters == null) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            String body = readBody(exchange);
            return route.handler().handle(new Request(parameters, query(exchange.getRequestURI().getRawQuery()), body));
        }
        if (!allowed.isEmpty()) {
            return Response.error(405, method + " is not allowed on " + exchange.getRequestURI().getPath()
                    + "; allowed: " + String.join(", ", allowed)).header("Allow", String.join(", ", allowed));
        }
        return Response.error(404, "no route " + exchange.getRequestURI().getPath());
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new BadRequestException(null, "the body is larger than " + MAX_BODY + " bytes");
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        byte[] body = (Json.write(response.body()) + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    /** A request as a route sees it. */
    record Request(List<String> pathParameters, Map<String, String> query, String body) {
        RequestFields fields() {
            return RequestFields.parse(body);
        }
    }

    /** A status, a JSON body, and any extra headers. */
    record Response(int status, Object body, Map<String, String> headers) {
        Response(int status, Object body) {
            this(status, body, Map.of());
        }

        static Response ok(Object body) {
            return new Response(200, body);
        }

        static Response error(int status, String message) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message);
            return new Response(status, body);
        }

        Response header(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(name, value);
            return new Response(status, body, all);
        }
    }

    interface Handler {
        Response handle(Request request);
    }

    /** A method on a path pattern; "{name}" segments match any one segment and are passed on. */
    record Route(String method, String pattern, Handler handler) {
        List<String> match(List<String> segments) {
            List<String> parts = segments(pattern);
            if (parts.size() != segments.size()) {
                return null;
            }
            List<String> parameters = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).startsWith("{")) {
                    parameters.add(segments.get(i));
                } else if (!parts.get(i).equals(segments.get(i))) {
                    return null;
                }
            }
            return parameters;
        }
    }
}
