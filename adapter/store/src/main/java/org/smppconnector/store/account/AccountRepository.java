package org.smppconnector.store.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.store.jdbc.Jdbc;

/**
 * Accounts and their bind groups in the store. Every change bumps the store's configuration
 * version and stamps the account with it, so that {@link #changesSince(long)} answers the
 * adapter's poll with one tiny query when nothing changed. Writers are serialised by the
 * version row, so versions are handed out in commit order and a poll never misses a change.
 * Secrets are write-only: nothing read from here carries them, except the engine settings in
 * {@link AccountChange}, which need the password to bind.
 */
public final class AccountRepository {

    private static final String COLUMNS = "id, name, provider, enabled, hosts, port, tls, trust_store, trust_store_password,"
            + " key_store, key_store_password, system_id, password, system_type, interface_version, window_size, max_tps,"
            + " tps_burst, session_cap, enquire_link_seconds, response_timeout_millis, reconnect_delay_seconds, version,"
            + " created_at, updated_at";

    private final DataSource dataSource;
    private final Clock clock;

    public AccountRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** All accounts, by name. */
    public List<StoredAccount> list() {
        return Jdbc.read(dataSource, "list accounts", c -> {
            List<Row> rows = select(c, "SELECT " + COLUMNS + " FROM account ORDER BY name", null);
            List<StoredAccount> accounts = new ArrayList<>();
            for (Row row : rows) {
                accounts.add(row.stored());
            }
            return accounts;
        });
    }

    public Optional<StoredAccount> find(String name) {
        return Jdbc.read(dataSource, "read account " + name, c -> findRow(c, name, false).map(Row::stored));
    }

    /**
     * Adds an account.
     *
     * @throws AccountExistsException  when the name is taken
     * @throws InvalidSettingException when its settings cannot work
     */
    public StoredAccount create(AccountDefinition definition) {
        definition.toSettings();
        try {
            return Jdbc.inTransaction(dataSource, "create account " + definition.name(), c -> {
                long version = bumpVersion(c);
                Instant now = clock.instant();
                long id = insert(c, definition, version, now);
                insertGroups(c, id, definition.bindGroups());
                return new Row(id, version, definition, now, now).stored();
            });
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql && Jdbc.isUniqueViolation(sql)) {
                throw new AccountExistsException(definition.name());
            }
            throw e;
        }
    }

    /**
     * Replaces an account's settings and bind groups; a secret left null keeps its stored value.
     *
     * @throws NoSuchAccountException  when there is no account of that name
     * @throws InvalidSettingException when the resulting settings cannot work
     */
    public StoredAccount update(AccountDefinition definition) {
        return Jdbc.inTransaction(dataSource, "update account " + definition.name(), c -> {
            Row old = findRow(c, definition.name(), true).orElseThrow(() -> new NoSuchAccountException(definition.name()));
            AccountDefinition merged = keepSecrets(definition, old.definition);
            merged.toSettings();
            long version = bumpVersion(c);
            Instant now = clock.instant();
            try (PreparedStatement s = c.prepareStatement("UPDATE account SET provider = ?, enabled = ?, hosts = ?, port = ?,"
                    + " tls = ?, trust_store = ?, trust_store_password = ?, key_store = ?, key_store_password = ?,"
                    + " system_id = ?, password = ?, system_type = ?, interface_version = ?, window_size = ?, max_tps = ?,"
                    + " tps_burst = ?, session_cap = ?, enquire_link_seconds = ?, response_timeout_millis = ?,"
                    + " reconnect_delay_seconds = ?, version = ?, updated_at = ? WHERE id = ?")) {
                int i = bindSettings(s, 1, merged);
                s.setLong(i++, version);
                Jdbc.setInstant(s, i++, now);
                s.setLong(i, old.id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM bind_group WHERE account_id = ?")) {
                s.setLong(1, old.id);
                s.executeUpdate();
            }
            insertGroups(c, old.id, merged.bindGroups());
            return new Row(old.id, version, merged, old.createdAt, now).stored();
        });
    }

    /** Removes an account and its bind groups; false when there was none of that name. */
    public boolean delete(String name) {
        return Jdbc.inTransaction(dataSource, "delete account " + name, c -> {
            int deleted;
            try (PreparedStatement s = c.prepareStatement("DELETE FROM account WHERE name = ?")) {
                s.setString(1, name);
                deleted = s.executeUpdate();
            }
            if (deleted > 0) {
                bumpVersion(c);
            }
            return deleted > 0;
        });
    }

    /**
     * Adds the account unless one of that name exists: how the adapter's standalone properties
     * seed the store. An account already there is left as it is (the console's word wins).
     *
     * @return true when it was added
     */
    public boolean seed(AccountDefinition definition) {
        if (find(definition.name()).isPresent()) {
            return false;
        }
        try {
            create(definition);
            return true;
        } catch (AccountExistsException raced) {
            return false;
        }
    }

    /** The store's configuration version now: 0 until the first account is written. */
    public long currentVersion() {
        return Jdbc.read(dataSource, "read the configuration version", AccountRepository::readVersion);
    }

    /**
     * What changed since {@code version}: pass 0 for everything (at start), then the version of
     * the previous answer. When nothing changed this costs one single-row query.
     */
    public AccountChanges changesSince(long version) {
        return Jdbc.read(dataSource, "read account changes", c -> {
            long current = readVersion(c);
            if (current == version) {
                return AccountChanges.none(current);
            }
            Map<String, Long> present = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, version FROM account");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    present.put(rs.getString(1), rs.getLong(2));
                }
            }
            List<AccountChange> changed = new ArrayList<>();
            for (Row row : select(c, "SELECT " + COLUMNS + " FROM account WHERE version > ? ORDER BY name", version)) {
                changed.add(row.change());
            }
            return new AccountChanges(current, changed, present, false);
        });
    }

    private static long readVersion(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM config_version WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the config_version row is missing: was the schema migrated?");
            }
            return rs.getLong(1);
        }
    }

    /** Takes the next version; the row lock it holds until commit serialises writers. */
    private static long bumpVersion(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE config_version SET version = version + 1 WHERE id = 1")) {
            s.executeUpdate();
        }
        return readVersion(c);
    }

    private static AccountDefinition keepSecrets(AccountDefinition update, AccountDefinition stored) {
        AccountDefinition.Builder b = update.toBuilder();
        if (update.password() == null) {
            b.password(stored.password());
        }
        if (update.trustStorePassword() == null) {
            b.trustStore(update.trustStore(), stored.trustStorePassword());
        }
        if (update.keyStorePassword() == null) {
            b.keyStore(update.keyStore(), stored.keyStorePassword());
        }
        return b.build();
    }

    private static long insert(Connection c, AccountDefinition d, long version, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO account (provider, enabled, hosts, port, tls, trust_store,"
                + " trust_store_password, key_store, key_store_password, system_id, password, system_type,"
                + " interface_version, window_size, max_tps, tps_burst, session_cap, enquire_link_seconds,"
                + " response_timeout_millis, reconnect_delay_seconds, name, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = bindSettings(s, 1, d);
            s.setString(i++, d.name());
            s.setLong(i++, version);
            Jdbc.setInstant(s, i++, now);
            Jdbc.setInstant(s, i, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Binds the settings columns in the order both INSERT and UPDATE list them; returns the next index. */
    private static int bindSettings(PreparedStatement s, int i, AccountDefinition d) throws SQLException {
        s.setString(i++, ProviderNames.of(d.provider()));
        s.setBoolean(i++, d.enabled());
        s.setString(i++, d.hosts());
        Jdbc.setNullableInt(s, i++, d.port());
        Jdbc.setNullableBoolean(s, i++, d.tls());
        s.setString(i++, d.trustStore());
        s.setString(i++, d.trustStorePassword());
        s.setString(i++, d.keyStore());
        s.setString(i++, d.keyStorePassword());
        s.setString(i++, d.systemId());
        s.setString(i++, d.password());
        s.setString(i++, d.systemType());
        s.setString(i++, d.interfaceVersion());
        Jdbc.setNullableInt(s, i++, d.windowSize());
        Jdbc.setNullableInt(s, i++, d.maxTps());
        Jdbc.setNullableInt(s, i++, d.tpsBurst());
        Jdbc.setNullableInt(s, i++, d.sessionCap());
        Jdbc.setNullableInt(s, i++, d.enquireLinkSeconds());
        Jdbc.setNullableInt(s, i++, d.responseTimeoutMillis());
        Jdbc.setNullableInt(s, i++, d.reconnectDelaySeconds());
        return i;
    }

    private static void insertGroups(Connection c, long accountId, List<StoredBindGroup> groups) throws SQLException {
        if (groups.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO bind_group (account_id, name, system_type, transmitters,"
                + " receivers, transceivers) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (StoredBindGroup g : groups) {
                s.setLong(1, accountId);
                s.setString(2, g.name());
                s.setString(3, g.systemType());
                s.setInt(4, g.transmitters());
                s.setInt(5, g.receivers());
                s.setInt(6, g.transceivers());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private Optional<Row> findRow(Connection c, String name, boolean forUpdate) throws SQLException {
        List<Row> rows = select(c, "SELECT " + COLUMNS + " FROM account WHERE name = ?" + (forUpdate ? " FOR UPDATE" : ""),
                name);
        return rows.stream().findFirst();
    }

    /** Accounts with their bind groups; {@code parameter} fills the query's one placeholder, if any. */
    private static List<Row> select(Connection c, String sql, Object parameter) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        Map<Long, AccountDefinition.Builder> builders = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    builders.put(id, definition(rs));
                    rows.put(id, new Row(id, rs.getLong("version"), null, Jdbc.getInstant(rs, "created_at"),
                            Jdbc.getInstant(rs, "updated_at")));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT account_id, name, system_type, transmitters, receivers,"
                + " transceivers FROM bind_group WHERE account_id IN (" + placeholders(rows.size()) + ") ORDER BY id")) {
            int i = 1;
            for (long id : rows.keySet()) {
                s.setLong(i++, id);
            }
            Map<Long, List<StoredBindGroup>> groups = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredBindGroup(
                            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                }
            }
            List<Row> result = new ArrayList<>();
            for (Row row : rows.values()) {
                AccountDefinition definition = builders.get(row.id)
                        .bindGroups(groups.getOrDefault(row.id, List.of())).build();
                result.add(new Row(row.id, row.version, definition, row.createdAt, row.updatedAt));
            }
            return result;
        }
    }

    private static AccountDefinition.Builder definition(ResultSet rs) throws SQLException {
        return AccountDefinition.builder(rs.getString("name"), ProviderNames.parse(rs.getString("provider")))
                .enabled(rs.getBoolean("enabled"))
                .hosts(rs.getString("hosts"))
                .port(Jdbc.getNullableInt(rs, "port"))
                .tls(Jdbc.getNullableBoolean(rs, "tls"))
                .trustStore(rs.getString("trust_store"), rs.getString("trust_store_password"))
                .keyStore(rs.getString("key_store"), rs.getString("key_store_password"))
                .systemId(rs.getString("system_id"))
                .password(rs.getString("password"))
                .systemType(rs.getString("system_type"))
                .interfaceVersion(rs.getString("interface_version"))
                .windowSize(Jdbc.getNullableInt(rs, "window_size"))
                .maxTps(Jdbc.getNullableInt(rs, "max_tps"))
                .tpsBurst(Jdbc.getNullableInt(rs, "tps_burst"))
                .sessionCap(Jdbc.getNullableInt(rs, "session_cap"))
                .enquireLinkSeconds(Jdbc.getNullableInt(rs, "enquire_link_seconds"))
                .responseTimeoutMillis(Jdbc.getNullableInt(rs, "response_timeout_millis"))
                .reconnectDelaySeconds(Jdbc.getNullableInt(rs, "reconnect_delay_seconds"));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A row as read, secrets included: never leaves this class but as settings. */
    private record Row(long id, long version, AccountDefinition definition, Instant createdAt, Instant updatedAt) {

        StoredAccount stored() {
            return new StoredAccount(id, version, definition.withoutSecrets(), definition.password() != null,
                    createdAt, updatedAt);
        }

        AccountChange change() {
            if (!definition.enabled()) {
                return new AccountChange(stored(), null, null);
            }
            try {
                AccountSettings settings = definition.toSettings();
                return new AccountChange(stored(), settings, null);
            } catch (InvalidSettingException e) {
                return new AccountChange(stored(), null, e);
            }
        }
    }
}
