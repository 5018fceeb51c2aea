package org.smppconnector.store.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one owner of the store's schema. The adapter and the console both call
 * {@link #migrate(DataSource)} at start; whichever comes first applies the pending migrations,
 * the other finds them applied (Flyway serialises the two through its lock on the history table).
 */
public final class StoreMigrations {

    /** Where the versioned scripts live inside the jar. */
    public static final String LOCATION = "classpath:db/migration/smppconnector";

    /** Flyway's history table, named so that it cannot clash with an application's own. */
    public static final String HISTORY_TABLE = "smppconnector_schema_history";

    private static final int ATTEMPTS = 3;
    private static final long PAUSE_MILLIS = 250;

    private StoreMigrations() {
    }

    /**
     * Brings the schema to the latest version.
     *
     * @return the schema version after migrating
     * @throws org.flywaydb.core.api.FlywayException when a migration fails or the database holds
     *         a newer or altered history than this jar knows
     */
    public static String migrate(DataSource dataSource) {
        for (int attempt = 1; ; attempt++) {
            try {
                MigrateResult result = flyway(dataSource).migrate();
                return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            } catch (FlywayException e) {
                // On an empty database both sides may create the history table at once; the one that
                // lost finds it created but still empty ("unable to baseline"), and a moment later
                // finds the schema migrated. A real failure fails again and is thrown.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt * PAUSE_MILLIS, e);
            }
        }
    }

    private static void pause(long millis, FlywayException cause) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw cause;
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
