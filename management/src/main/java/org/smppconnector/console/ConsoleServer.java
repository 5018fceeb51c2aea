package org.smppconnector.console;

import io.helidon.webserver.WebServer;

/**
 * Entry point of the management console. The pages and the JSON API are added over the
 * shared store; for now the server answers its health check so that the run command can
 * wait for it.
 */
public final class ConsoleServer {

    private ConsoleServer() {
    }

    /** Starts the console on the given port (0 picks a free one) and returns the running server. */
    public static WebServer start(int port) {
        return WebServer.builder()
                .port(port)
                .routing(routing -> routing.get("/health", (req, res) -> res.send("UP")))
                .build()
                .start();
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getProperty("console.port",
                System.getenv().getOrDefault("CONSOLE_PORT", "8090")));
        WebServer server = start(port);
        System.out.println("Console listening on http://localhost:" + server.port() + "/");
    }
}
