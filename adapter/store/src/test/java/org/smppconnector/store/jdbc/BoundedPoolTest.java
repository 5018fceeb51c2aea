package org.smppconnector.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pool's own logic: the same whatever the database, so H2 alone. */
class BoundedPoolTest {

    private BoundedPool pool;

    @BeforeEach
    void open() throws SQLException {
        UrlDataSource target = new UrlDataSource("jdbc:h2:mem:pool-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        pool = new BoundedPool(target, 2, Duration.ofMillis(200));
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (v INT)");
        }
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aReturnedConnectionIsLentAgain() throws SQLException {
        Connection first = pool.getConnection();
        Connection physical = first.unwrap(Connection.class);
        first.close();

        try (Connection second = pool.getConnection()) {
            assertSame(physical, second.unwrap(Connection.class));
            assertEquals(1, pool.activeCount());
        }
        assertEquals(0, pool.activeCount());
        assertEquals(1, pool.idleCount());
    }

    @Test
    void noMoreThanMaxSizeAreLentAndTheNextBorrowerTimesOut() throws SQLException {
        try (Connection a = pool.getConnection(); Connection b = pool.getConnection()) {
            SQLException e = assertThrows(SQLTransientConnectionException.class, pool::getConnection);
            assertTrue(e.getMessage().contains("all 2"), e.getMessage());
        }
        try (Connection again = pool.getConnection()) {
            assertFalse(again.isClosed());
        }
    }

    @Test
    void anOpenTransactionIsRolledBackWhenTheConnectionComesBack() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO t VALUES (1)");
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            assertTrue(c.getAutoCommit());
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void aHandleGivenBackCannotBeUsedNorGivenBackTwice() throws SQLException {
        Connection c = pool.getConnection();
        c.close();
        c.close();

        assertTrue(c.isClosed());
        assertThrows(SQLException.class, c::createStatement);
        assertEquals(0, pool.activeCount());
    }

    @Test
    void aClosedPoolLendsNothing() {
        pool.close();

        assertThrows(SQLException.class, pool::getConnection);
        assertEquals(0, pool.activeCount());
    }
}
