package org.smppconnector.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smppconnector.store.jdbc.BoundedPool;
import org.smppconnector.store.jdbc.UrlDataSource;
import org.smppconnector.store.testing.Database;
import org.smppconnector.store.testing.StopPostgresAtEnd;

@ParameterizedClass(name = "{0}")
@EnumSource(Database.class)
@ExtendWith(StopPostgresAtEnd.class)
class StoreMigrationsTest {

    private static final List<String> CONTRACT_TABLES = List.of("account", "bind_group", "submission",
            "submission_part", "receipt", "session_status", "console_user", "audit_log");

    @Parameter
    Database database;

    private static BoundedPool pool(Database.Target target) {
        return new BoundedPool(new UrlDataSource(target.url(), target.user(), target.password()), 3, Duration.ofSeconds(30));
    }

    @Test
    void createsEveryTableOfTheContractAndASecondRunFindsThemInPlace() throws SQLException {
        try (BoundedPool pool = pool(database.fresh("migrations"))) {
            assertEquals("2", StoreMigrations.migrate(pool));
            assertEquals("2", StoreMigrations.migrate(pool));

            try (Connection c = pool.getConnection()) {
                Set<String> tables = new TreeSet<>();
                try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                assertTrue(tables.containsAll(CONTRACT_TABLES), "tables: " + tables);
            }
        }
    }

    @Test
    void theAdapterAndTheConsoleStartingTogetherBothFindTheSchema() throws Exception {
        Database.Target target = database.fresh("migrations_race");
        ExecutorService sides = Executors.newFixedThreadPool(2);
        try (BoundedPool adapter = pool(target); BoundedPool console = pool(target)) {
            Future<String> a = sides.submit(() -> StoreMigrations.migrate(adapter));
            Future<String> b = sides.submit(() -> StoreMigrations.migrate(console));
            assertEquals("2", a.get());
            assertEquals("2", b.get());
        } finally {
            sides.shutdownNow();
        }
    }
}
