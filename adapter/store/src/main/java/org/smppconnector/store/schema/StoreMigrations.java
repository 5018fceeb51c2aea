package org.smppconnector.store.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
        MigrateResult result = flyway(dataSource).migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
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
