package org.smppconnector.store.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.smppconnector.store.StoreException;

/**
 * The one owner of the store's schema. The adapter and the console both call
 * {@link #migrate(DataSource)} at start; whichever comes first applies the pending migrations,
 * the other waits until they are all applied, so that neither side ever works on a schema
 * half migrated.
 */
public final class StoreMigrations {

    /** Where the versioned scripts live inside the jar. */
    public static final String LOCATION = "classpath:db/migration/smppconnector";

    /** Flyway's history table, named so that it cannot clash with an application's own. */
    public static final String HISTORY_TABLE = "smppconnector_schema_history";

    private static final int ATTEMPTS = 300;
    /** A migration that fails for itself, not for a race, is reported after 5 s. */
    private static final int FAILED_ATTEMPTS = 50;
    private static final long PAUSE_MILLIS = 100;

    private StoreMigrations() {
    }

    /**
     * Brings the schema to the latest version, or waits (up to 30 s) for the other side to do so.
     *
     * @return the schema version after migrating
     * @throws org.flywaydb.core.api.FlywayException when a migration fails or the database holds
     *         a newer or altered history than this jar knows
     * @throws StoreException when the schema does not reach the latest version in time
     */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        int failures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
            } catch (FlywayException raced) {
                // Both sides starting on an empty database: the other one created the history
                // table and has not filled it yet. Its migration will be there in a moment.
                if (++failures == FAILED_ATTEMPTS || attempt == ATTEMPTS) {
                    throw raced;
                }
                pause();
                continue;
            }
            // The other side may still be applying a migration this side found locked: wait for it.
            MigrationInfoService info = flyway.info();
            MigrationInfo current = info.current();
            if (info.pending().length == 0 && current != null) {
                return current.getVersion().getVersion();
            }
            if (attempt == ATTEMPTS) {
                throw new StoreException("the store's schema is still at " + (current == null ? "nothing"
                        : current.getVersion()) + " with " + info.pending().length + " migrations pending after "
                        + ATTEMPTS * PAUSE_MILLIS / 1000 + " s");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store's schema", e);
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
