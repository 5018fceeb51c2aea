package org.smppconnector.console;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smppconnector.store.StoreConfig;

/**
 * The console's start options, from the command line with environment fallbacks for the
 * secrets (so they need not appear in a process list).
 *
 * @param dbUrl          the store's JDBC URL
 * @param port           0 picks a free port
 * @param host           the address to listen on
 * @param tlsKeyStore    a PKCS12 key store with the server's key and certificate: serve HTTPS
 * @param secureCookies  mark cookies Secure although the console serves plain HTTP (TLS ends at a proxy)
 */
public record ConsoleOptions(String dbUrl, String dbUser, String dbPassword, int port, String host,
                             Optional<String> adminUser, Optional<String> adminPassword,
                             Optional<Path> tlsKeyStore, String tlsKeyStorePassword, boolean secureCookies) {

    public static final int DEFAULT_PORT = 8081;
    public static final String ENV_ADMIN_USER = "SMPP_CONSOLE_ADMIN_USER";
    public static final String ENV_ADMIN_PASSWORD = "SMPP_CONSOLE_ADMIN_PASSWORD";
    public static final String ENV_DB_USER = "SMPP_CONSOLE_DB_USER";
    public static final String ENV_DB_PASSWORD = "SMPP_CONSOLE_DB_PASSWORD";
    public static final String ENV_TLS_PASSWORD = "SMPP_CONSOLE_TLS_PASSWORD";

    static final String USAGE = """
            Usage: java -jar smpp-management.jar [options]
              --db-url URL              the store (default: an H2 file under ./data:
                                        jdbc:h2:file:./data/smppconnector;AUTO_SERVER=TRUE)
              --db-user NAME            store user (or env SMPP_CONSOLE_DB_USER)
              --db-password PW          store password (or env SMPP_CONSOLE_DB_PASSWORD)
              --port N                  HTTP port (default 8081; 0 = any free port)
              --host ADDRESS            address to listen on (default 0.0.0.0)
              --admin-user NAME         first administrator (or env SMPP_CONSOLE_ADMIN_USER)
              --admin-password PW       its password, 10+ characters (or env SMPP_CONSOLE_ADMIN_PASSWORD);
                                        required at the first start, when the store has no user
              --tls-keystore FILE       serve HTTPS with this PKCS12 key store
              --tls-password PW         its password (or env SMPP_CONSOLE_TLS_PASSWORD)
              --secure-cookies          mark cookies Secure behind a TLS-terminating proxy
            """;

    /** A command line the console cannot run with. */
    public static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }

    public static String defaultDbUrl() {
        return StoreConfig.defaultH2Url(Path.of("data"));
    }

    public static ConsoleOptions parse(String[] args, Map<String, String> env) {
        String dbUrl = defaultDbUrl();
        String dbUser = env.get(ENV_DB_USER);
        String dbPassword = env.get(ENV_DB_PASSWORD);
        int port = DEFAULT_PORT;
        String host = "0.0.0.0";
        String adminUser = env.get(ENV_ADMIN_USER);
        String adminPassword = env.get(ENV_ADMIN_PASSWORD);
        Path keyStore = null;
        String keyStorePassword = env.get(ENV_TLS_PASSWORD);
        boolean secureCookies = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            switch (flag) {
                case "--db-url" -> dbUrl = value(flag, rest);
                case "--db-user" -> dbUser = value(flag, rest);
                case "--db-password" -> dbPassword = value(flag, rest);
                case "--port" -> port = port(value(flag, rest));
                case "--host" -> host = value(flag, rest);
                case "--admin-user" -> adminUser = value(flag, rest);
                case "--admin-password" -> adminPassword = value(flag, rest);
                case "--tls-keystore" -> keyStore = Path.of(value(flag, rest));
                case "--tls-password" -> keyStorePassword = value(flag, rest);
                case "--secure-cookies" -> secureCookies = true;
                default -> throw new UsageException("unknown option " + flag);
            }
        }
        if (!dbUrl.startsWith("jdbc:")) {
            throw new UsageException("--db-url must be a JDBC URL (jdbc:...), not " + dbUrl);
        }
        if (keyStore != null && keyStorePassword == null) {
            throw new UsageException("--tls-keystore needs --tls-password (or " + ENV_TLS_PASSWORD + ")");
        }
        return new ConsoleOptions(dbUrl, dbUser, dbPassword, port, host, blankToEmpty(adminUser),
                blankToEmpty(adminPassword), Optional.ofNullable(keyStore), keyStorePassword, secureCookies);
    }

    private static String value(String flag, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return rest.remove(0);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--port must be 0..65535, not " + text);
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Options for tests and embedding: this store, this port, nothing else. */
    public static ConsoleOptions of(String dbUrl, int port) {
        return new ConsoleOptions(dbUrl, null, null, port, "localhost", Optional.empty(), Optional.empty(),
                Optional.empty(), null, false);
    }

    public ConsoleOptions withAdmin(String user, String password) {
        return new ConsoleOptions(dbUrl, dbUser, dbPassword, port, host, Optional.of(user), Optional.of(password),
                tlsKeyStore, tlsKeyStorePassword, secureCookies);
    }
}
