package org.smppconnector.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A small bounded connection pool that starts no thread: an application server forbids
 * unmanaged threads, so every check happens on the borrowing or returning thread. At most
 * {@code maxSize} connections exist; a borrower waits up to {@code borrowTimeout} for one.
 * A connection idle longer than {@code validateAfterIdle} is checked with
 * {@link Connection#isValid(int)} before it is handed out, and one idle longer than
 * {@code maxIdle} is closed instead. A returned connection has its open transaction rolled back
 * and auto-commit restored; one that failed with a connection error is discarded.
 */
public final class BoundedPool extends PlainDataSource implements AutoCloseable {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource target;
    private final int maxSize;
    private final long borrowTimeoutNanos;
    private final long validateAfterIdleNanos;
    private final long maxIdleNanos;
    private final Semaphore permits;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    private record Idle(Connection connection, long sinceNanos) {
    }

    public BoundedPool(DataSource target, int maxSize, Duration borrowTimeout) {
        this(target, maxSize, borrowTimeout, Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    public BoundedPool(DataSource target, int maxSize, Duration borrowTimeout, Duration validateAfterIdle,
                       Duration maxIdle) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection, not " + maxSize);
        }
        this.target = target;
        this.maxSize = maxSize;
        this.borrowTimeoutNanos = borrowTimeout.toNanos();
        this.validateAfterIdleNanos = validateAfterIdle.toNanos();
        this.maxIdleNanos = maxIdle.toNanos();
        this.permits = new Semaphore(maxSize, true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            if (!permits.tryAcquire(borrowTimeoutNanos, TimeUnit.NANOSECONDS)) {
                throw new SQLTransientConnectionException("all " + maxSize + " store connections busy for "
                        + Duration.ofNanos(borrowTimeoutNanos).toMillis() + " ms", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("interrupted while waiting for a store connection", "08001", e);
        }
        try {
            return handle(physical());
        } catch (SQLException | RuntimeException | Error e) {
            permits.release();
            throw e;
        }
    }

    /** How many connections are idle in the pool now. */
    public synchronized int idleCount() {
        return idle.size();
    }

    /** How many connections are lent out now. */
    public int activeCount() {
        return maxSize - permits.availablePermits();
    }

    private Connection physical() throws SQLException {
        while (true) {
            Idle candidate;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("the store's connection pool is closed", "08003");
                }
                candidate = idle.pollFirst();
            }
            if (candidate == null) {
                return target.getConnection();
            }
            long idleNanos = System.nanoTime() - candidate.sinceNanos;
            if (idleNanos > maxIdleNanos) {
                closeQuietly(candidate.connection);
            } else if (idleNanos <= validateAfterIdleNanos || isValid(candidate.connection)) {
                return candidate.connection;
            } else {
                closeQuietly(candidate.connection);
            }
        }
    }

    private Connection handle(Connection physical) {
        return (Connection) Proxy.newProxyInstance(BoundedPool.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Handle(physical));
    }

    private void giveBack(Connection physical, boolean broken) {
        try {
            boolean keep = !broken && reset(physical);
            synchronized (this) {
                if (keep && !closed) {
                    idle.addFirst(new Idle(physical, System.nanoTime()));
                    return;
                }
            }
            closeQuietly(physical);
        } finally {
            permits.release();
        }
    }

    private static boolean reset(Connection physical) {
        try {
            if (physical.isClosed()) {
                return false;
            }
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            physical.clearWarnings();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // it is being discarded anyway
        }
    }

    /** Closes the idle connections now and those lent out when they come back. */
    @Override
    public void close() {
        Deque<Idle> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(i -> closeQuietly(i.connection));
    }

    /** The borrower's view of a pooled connection: close() gives it back. */
    private final class Handle implements InvocationHandler {
        private final Connection physical;
        private boolean returned;
        private boolean broken;

        Handle(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    if (!returned) {
                        returned = true;
                        giveBack(physical, broken);
                    }
                    return null;
                case "isClosed":
                    return returned || physical.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "pooled " + physical;
                case "unwrap":
                case "isWrapperFor":
                    break;
                default:
                    if (returned) {
                        throw new SQLException("connection already given back to the pool", "08003");
                    }
            }
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException sql && isConnectionError(sql)) {
                    broken = true;
                }
                throw cause;
            }
        }

        private boolean isConnectionError(SQLException e) {
            String state = e.getSQLState();
            return state != null && state.startsWith("08");
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("a pool's connections all have the same user");
    }

    @Override
    public String toString() {
        return "BoundedPool[" + maxSize + " over " + target + "]";
    }
}
