package org.smppconnector.simulator.session;

/** A port the simulator listens on: a "host" of the provider, plain or TLS. */
public record Endpoint(String name, String host, int port, boolean tls) {
}
