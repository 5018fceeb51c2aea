package org.smppconnector.console.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.smppconnector.store.jdbc.Jdbc;

/**
 * The console's users in the store's {@code console_user} table. Failures surface as the
 * store's {@code StoreException}.
 */
public final class UserRepository {

    /** A user with the hash needed to check a password; stays inside auth. */
    record Credentials(User user, String passwordHash) {
    }

    private static final String COLUMNS = "id, username, role, password_hash";

    private final DataSource dataSource;
    private final Clock clock;

    public UserRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public long count() {
        return Jdbc.read(dataSource, "count console users", c -> single(c, "SELECT COUNT(*) FROM console_user", null));
    }

    public long countAdmins() {
        return Jdbc.read(dataSource, "count administrators",
                c -> single(c, "SELECT COUNT(*) FROM console_user WHERE role = ?", Role.ADMIN.label()));
    }

    public User create(String username, String passwordHash, Role role) {
        return Jdbc.inTransaction(dataSource, "create console user " + username, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO console_user (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, username);
                s.setString(2, passwordHash);
                s.setString(3, role.label());
                Jdbc.setInstant(s, 4, clock.instant());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new User(keys.getLong(1), username, role);
                }
            }
        });
    }

    public Optional<User> find(String username) {
        return credentials(username).map(Credentials::user);
    }

    Optional<Credentials> credentials(String username) {
        return one("SELECT " + COLUMNS + " FROM console_user WHERE username = ?", username);
    }

    public Optional<User> findByTokenHash(String tokenHash) {
        return one("SELECT " + COLUMNS + " FROM console_user WHERE api_token_hash = ?", tokenHash)
                .map(Credentials::user);
    }

    public boolean hasToken(long userId) {
        return Jdbc.read(dataSource, "read a console user's token", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT api_token_hash FROM console_user WHERE id = ?")) {
                s.setLong(1, userId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getString(1) != null;
                }
            }
        });
    }

    public List<User> list() {
        return Jdbc.read(dataSource, "list console users", c -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM console_user ORDER BY username");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    users.add(row(rs).user());
                }
            }
            return users;
        });
    }

    /** Sets or (with null) clears the user's API token hash. */
    public void setTokenHash(long userId, String tokenHash) {
        update("UPDATE console_user SET api_token_hash = ? WHERE id = ?", tokenHash, userId);
    }

    public void setPasswordHash(long userId, String passwordHash) {
        update("UPDATE console_user SET password_hash = ? WHERE id = ?", passwordHash, userId);
    }

    /** @return whether a user was deleted */
    public boolean delete(String username) {
        return Jdbc.inTransaction(dataSource, "delete console user " + username, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM console_user WHERE username = ?")) {
                s.setString(1, username);
                return s.executeUpdate() > 0;
            }
        });
    }

    private void update(String sql, String value, long userId) {
        Jdbc.inTransaction(dataSource, "update console user " + userId, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, value);
                s.setLong(2, userId);
                return s.executeUpdate();
            }
        });
    }

    private Optional<Credentials> one(String sql, String parameter) {
        return Jdbc.read(dataSource, "read console users", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, parameter);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<Credentials>empty();
                }
            }
        });
    }

    private static long single(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Credentials row(ResultSet rs) throws SQLException {
        return new Credentials(new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3))), rs.getString(4));
    }
}
