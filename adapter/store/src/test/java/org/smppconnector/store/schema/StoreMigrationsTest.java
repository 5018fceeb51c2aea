package org.smppconnector.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class StoreMigrationsTest {

    private static final List<String> CONTRACT_TABLES = List.of("account", "bind_group", "submission",
            "submission_part", "receipt", "session_status", "console_user", "audit_log");

    @Test
    void createsEveryTableOfTheContractAndIsIdempotent() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:./target/h2/migrations-" + System.nanoTime() + ";AUTO_SERVER=TRUE");

        assertEquals("1", StoreMigrations.migrate(ds));
        assertEquals("1", StoreMigrations.migrate(ds), "a second start finds the schema in place");

        try (Connection c = ds.getConnection()) {
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
