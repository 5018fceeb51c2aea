package org.smppconnector.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.smppconnector.store.StoreException;

/**
 * The one owner of the store's schema. The adapter and the console both call
 * {@link #migrate(DataSource)} at start; whichever comes first applies the pending migrations,
 * the other waits until they are all applied, so that neither side ever works on a schema half
 * migrated. Flyway alone does not keep two processes apart on H2 (both ran V1, one failed), so
 * the two sides take turns through a row lock of their own first.
 */
public final class StoreMigrations {

    /** Where the versioned scripts live inside the jar. */
    public static final String LOCATION = "classpath:db/migration/smppconnector";

    /** Flyway's history table, named so that it cannot clash with an application's own. */
    public static final String HISTORY_TABLE = "smppconnector_schema_history";

    /** One row, locked by whichever side is migrating. */
    static final String LOCK_TABLE = "smppconnector_migration_lock";

    private static final int ATTEMPTS = 600;
    private static final long PAUSE_MILLIS = 100;

    private StoreMigrations() {
    }

    /**
     * Brings the schema to the latest version, or waits (up to a minute) for the other side to.
     * Needs two connections of {@code dataSource} at once: the lock's and Flyway's.
     *
     * @return the schema version after migrating
     * @throws FlywayException when a migration fails or the database holds a newer or altered
     *         history than this jar knows
     * @throws StoreException when the lock cannot be had or the database cannot be reached in time
     */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection lock = dataSource.getConnection()) {
                createLock(lock);
                lock.setAutoCommit(false);
                try (Statement s = lock.createStatement();
                     ResultSet rs = s.executeQuery("SELECT id FROM " + LOCK_TABLE + " WHERE id = 1 FOR UPDATE")) {
                    rs.next();
                }
                try {
                    flyway.migrate();
                    MigrationInfoService info = flyway.info();
                    MigrationInfo current = info.current();
                    if (info.pending().length > 0 || current == null) {
                        throw new StoreException("the store's schema has " + info.pending().length
                                + " migrations pending after migrating");
                    }
                    return current.getVersion().getVersion();
                } finally {
                    lock.rollback();
                }
            } catch (SQLException e) {
                if (!isBusy(e)) {
                    throw new StoreException("could not migrate the store's schema: " + e.getMessage(), e);
                }
                last = e;
                pause();
            }
        }
        throw new StoreException("could not take the store's migration lock in " + ATTEMPTS * PAUSE_MILLIS / 1000
                + " s: " + last.getMessage(), last);
    }

    /**
     * The other side holds the lock (H2's lock timeout, PostgreSQL's lock_not_available), or
     * created the lock table or its row at the same moment (duplicate table, unique violation).
     */
    private static boolean isBusy(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.equals("HYT00") || state.equals("55P03") || state.startsWith("40")
                || state.equals("23505") || state.equals("42P07") || state.equals("42S01"));
    }

    /** The lock table and its row, created by whichever side comes first. */
    private static void createLock(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + LOCK_TABLE + " (id INT PRIMARY KEY)");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + LOCK_TABLE + " (id) SELECT 1 WHERE NOT EXISTS"
                + " (SELECT 1 FROM " + LOCK_TABLE + " WHERE id = 1)")) {
            s.executeUpdate();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store's migration lock", e);
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(StoreMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                // A database that already holds other tables (the application's own) is fine.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
