package org.smppconnector.store.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A DataSource over a JDBC URL with no container and no pool: each {@link #getConnection()}
 * opens a new connection. Finds the driver through {@link DriverManager} or, when the driver
 * is not visible to DriverManager (an application server's class loaders), by the class names
 * of the drivers the store supports, loaded through the store's and the thread's class loaders.
 * Wrap it in a {@link BoundedPool} to reuse connections.
 */
public final class UrlDataSource extends PlainDataSource {

    private static final List<String> KNOWN_DRIVERS = List.of("org.h2.Driver", "org.postgresql.Driver");

    private final String url;
    private final Properties credentials = new Properties();
    private volatile Driver driver;

    /**
     * @param user     may be null (H2's default user is empty)
     * @param password may be null; kept in memory only, never in any message
     */
    public UrlDataSource(String url, String user, String password) {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("store URL must start with jdbc:, not " + url);
        }
        this.url = url;
        credentials.setProperty("user", user == null ? "" : user);
        credentials.setProperty("password", password == null ? "" : password);
    }

    public String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = driver().connect(url, credentials);
        if (connection == null) {
            throw new SQLException("the driver refused the URL " + url);
        }
        return connection;
    }

    /** Not supported: the user is fixed at construction so that pooled connections are alike. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the store's user is set once, in its URL data source");
    }

    private Driver driver() throws SQLException {
        Driver found = driver;
        if (found == null) {
            found = findDriver();
            driver = found;
        }
        return found;
    }

    private Driver findDriver() throws SQLException {
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException notRegistered) {
            for (String name : KNOWN_DRIVERS) {
                for (ClassLoader loader : loaders()) {
                    try {
                        Driver candidate = (Driver) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
                        if (candidate.acceptsURL(url)) {
                            return candidate;
                        }
                    } catch (ReflectiveOperationException | LinkageError absent) {
                        // not on this loader; try the next
                    }
                }
            }
            throw new SQLException("no JDBC driver for " + url + " (put H2 or the PostgreSQL driver beside the store)",
                    "08001", notRegistered);
        }
    }

    private static List<ClassLoader> loaders() {
        ClassLoader own = UrlDataSource.class.getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context == null || context == own ? List.of(own) : List.of(own, context);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + url + ", user " + Objects.toString(credentials.getProperty("user")) + "]";
    }
}
