package org.smppconnector.console;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.smppconnector.console.auth.FirstAdministrator;
import org.smppconnector.store.SmppStore;
import org.smppconnector.store.StoreConfig;

/**
 * Starts the console: opens (and if need be migrates) the store, makes sure an administrator
 * exists, and serves the pages and the API.
 *
 * <pre>java -jar management/target/smpp-management.jar --db-url jdbc:h2:file:... --port 8081 \
 *     --admin-user admin --admin-password '...'</pre>
 */
public final class ConsoleServer {

    /** Largest request body the console reads: account definitions are small. */
    static final long MAX_PAYLOAD = 256 * 1024;
    /** The console writes no submission or receipt; the name only labels its store connection. */
    static final String STORE_NODE = "console";
    private static final Logger LOG = Logger.getLogger(ConsoleServer.class.getName());

    private ConsoleServer() {
    }

    /** A started console; closing it stops the server and closes the store. */
    public record Running(WebServer server, SmppStore store, boolean tls) implements AutoCloseable {

        public int port() {
            return server.port();
        }

        public String url() {
            return (tls ? "https" : "http") + "://localhost:" + server.port() + "/";
        }

        @Override
        public void close() {
            try {
                server.stop();
            } finally {
                store.close();
            }
        }
    }

    /**
     * Starts the console with these options.
     *
     * @throws IllegalStateException when no administrator exists and none is given
     */
    public static Running start(ConsoleOptions options) {
        SmppStore store = SmppStore.open(options.dbUrl(), options.dbUser(), options.dbPassword(),
                StoreConfig.defaults(STORE_NODE));
        try {
            Console console = new Console(store, Clock.systemUTC(), options.secureCookies());
            FirstAdministrator.ensure(console.users(), console.hasher(), options.adminUser(), options.adminPassword());
            WebServerConfig.Builder builder = WebServer.builder()
                    .host(options.host())
                    .port(options.port())
                    .maxPayloadSize(MAX_PAYLOAD)
                    .shutdownHook(false)
                    .routing(console::routing);
            if (options.tlsKeyStore().isPresent()) {
                SSLContext context = sslContext(options);
                builder.tls(tls -> tls.sslContext(context));
            }
            return new Running(builder.build().start(), store, options.tlsKeyStore().isPresent());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public static void main(String[] args) {
        ConsoleOptions options;
        try {
            options = ConsoleOptions.parse(args, System.getenv());
        } catch (ConsoleOptions.UsageException e) {
            System.err.println("smpp-management: " + e.getMessage());
            System.err.print(ConsoleOptions.USAGE);
            System.exit(2);
            return;
        }
        Running running;
        try {
            running = start(options);
        } catch (IllegalStateException e) {
            System.err.println("smpp-management: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The console could not start", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "console-shutdown"));
        System.out.println("SMPP Connector console listening on " + running.url() + " (store " + redact(options.dbUrl())
                + ")");
    }

    /** The URL without anything that looks like a password parameter. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password|passwd|pwd)=[^;&]*", "$1=****");
    }

    private static SSLContext sslContext(ConsoleOptions options) {
        try (InputStream in = Files.newInputStream(options.tlsKeyStore().orElseThrow())) {
            char[] password = options.tlsKeyStorePassword().toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the TLS key store " + options.tlsKeyStore().orElseThrow()
                    + ": " + e.getMessage(), e);
        }
    }
}
