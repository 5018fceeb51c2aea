package org.smppconnector.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smppconnector.console.testing.ConsoleClient;

/** Starting the console: options, the first administrator, and no way in without one. */
class ConsoleStartTest {

    private static String freshStore() {
        return "jdbc:h2:file:" + Path.of("target", "test-stores", UUID.randomUUID().toString(), "smppconnector")
                .toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    @Test
    void refusesToStartOnAnEmptyStoreWithoutAnAdministrator() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConsoleServer.start(ConsoleOptions.of(freshStore(), 0)));
        assertTrue(e.getMessage().contains("--admin-user"), e.getMessage());
    }

    @Test
    void refusesAWeakFirstPassword() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConsoleServer.start(ConsoleOptions.of(freshStore(), 0).withAdmin("admin", "admin")));
        assertTrue(e.getMessage().contains("at least 10"), e.getMessage());
    }

    @Test
    void theFirstAdministratorSignsInAndALaterStartKeepsItsPassword() {
        String store = freshStore();
        try (ConsoleServer.Running first = ConsoleServer.start(ConsoleOptions.of(store, 0)
                .withAdmin("root", "first-password-1"))) {
            assertEquals(200, ConsoleClient.signIn(first.url(), "root", "first-password-1").get("/api/me").statusCode());
        }
        // Users exist now: no administrator needs giving, and a stale one in a start script changes nothing.
        try (ConsoleServer.Running second = ConsoleServer.start(ConsoleOptions.of(store, 0)
                .withAdmin("root", "other-password-2"))) {
            assertEquals(200, ConsoleClient.basic(second.url(), "root", "first-password-1").get("/api/me").statusCode());
            assertEquals(401, ConsoleClient.basic(second.url(), "root", "other-password-2").get("/api/me").statusCode());
        }
    }

    @Test
    void optionsComeFromTheCommandLineWithTheEnvironmentForSecrets() {
        ConsoleOptions options = ConsoleOptions.parse(new String[] {"--db-url", "jdbc:h2:mem:x", "--port", "0",
                "--admin-user", "ops"}, Map.of(ConsoleOptions.ENV_ADMIN_PASSWORD, "from-the-environment",
                ConsoleOptions.ENV_ADMIN_USER, "ignored"));
        assertEquals("jdbc:h2:mem:x", options.dbUrl());
        assertEquals(0, options.port());
        assertEquals("ops", options.adminUser().orElseThrow());
        assertEquals("from-the-environment", options.adminPassword().orElseThrow());

        ConsoleOptions defaults = ConsoleOptions.parse(new String[0], Map.of());
        assertEquals(ConsoleOptions.DEFAULT_PORT, defaults.port());
        assertTrue(defaults.dbUrl().startsWith("jdbc:h2:file:") && defaults.dbUrl().endsWith("AUTO_SERVER=TRUE"));
        assertTrue(defaults.adminUser().isEmpty());

        for (List<String> bad : List.of(List.of("--port", "x"), List.of("--nope"), List.of("--db-url"),
                List.of("--db-url", "postgres://x"), List.of("--tls-keystore", "k.p12"))) {
            assertThrows(ConsoleOptions.UsageException.class,
                    () -> ConsoleOptions.parse(bad.toArray(String[]::new), Map.of()), bad.toString());
        }
    }

    @Test
    void theStoreUrlIsPrintedWithoutItsPassword() {
        assertEquals("jdbc:postgresql://db/smpp?user=u&password=****",
                ConsoleServer.redact("jdbc:postgresql://db/smpp?user=u&password=s3cret"));
    }
}
