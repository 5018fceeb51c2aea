package org.smppconnector.console.auth;

import java.sql.Connection;
import org.smppconnector.console.data.StoreAccessException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The console's users in the store's {@code console_user} table. */
public final class UserRepository {

    /** A user with the hashes needed to check a password or token; stays inside auth. */
    record Credentials(User user, String passwordHash) {
    }

    private final DataSource dataSource;

    public UserRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM console_user");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreAccessException("counting console users", e);
        }
    }

    public User create(String username, String passwordHash, Role role) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO console_user (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, username);
            s.setString(2, passwordHash);
            s.setString(3, role.label());
            s.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new User(keys.getLong(1), username, role);
            }
        } catch (SQLException e) {
            throw new StoreAccessException("creating console user " + username, e);
        }
    }

    public Optional<User> find(String username) {
        return credentials(username).map(Credentials::user);
    }

    Optional<Credentials> credentials(String username) {
        return queryOne("SELECT id, username, role, password_hash FROM console_user WHERE username = ?", username);
    }

    public Optional<User> findByTokenHash(String tokenHash) {
        return queryOne("SELECT id, username, role, password_hash FROM console_user WHERE api_token_hash = ?",
                tokenHash).map(Credentials::user);
    }

    public boolean hasToken(long userId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT api_token_hash FROM console_user WHERE id = ?")) {
            s.setLong(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getString(1) != null;
            }
        } catch (SQLException e) {
            throw new StoreAccessException("reading a console user's token", e);
        }
    }

    public List<User> list() {
        List<User> users = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, username, role FROM console_user ORDER BY username");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                users.add(new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3))));
            }
            return users;
        } catch (SQLException e) {
            throw new StoreAccessException("listing console users", e);
        }
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
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM console_user WHERE username = ?")) {
            s.setString(1, username);
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreAccessException("deleting console user " + username, e);
        }
    }

    public long countAdmins() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM console_user WHERE role = ?")) {
            s.setString(1, Role.ADMIN.label());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreAccessException("counting administrators", e);
        }
    }

    private void update(String sql, String value, long userId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            s.setLong(2, userId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreAccessException("updating console user " + userId, e);
        }
    }

    private Optional<Credentials> queryOne(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                User user = new User(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3)));
                return Optional.of(new Credentials(user, rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreAccessException("reading console users", e);
        }
    }
}
