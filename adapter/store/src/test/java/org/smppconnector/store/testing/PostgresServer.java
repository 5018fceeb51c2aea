package org.smppconnector.store.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.smppconnector.store.jdbc.UrlDataSource;

/**
 * A throw-away PostgreSQL server from Debian's {@code postgresql} package, for the store's
 * tests and benchmark: initdb into a directory under target/, start on a free port with its
 * socket there too, stop with {@link #close()}. initdb refuses to run as root, so as root every
 * server command runs as the {@code postgres} user (through runuser) on a directory it owns.
 */
public final class PostgresServer implements AutoCloseable {

    /** Where Debian puts the server binaries of PostgreSQL 15; {@code -Dstore.test.pgBin} overrides. */
    public static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";

    /** Settings for tests: durability off, nothing the tests check depends on it. */
    public static final List<String> FAST = List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off");

    /** Debian's defaults: every commit waits for its WAL flush. */
    public static final List<String> DURABLE = List.of();

    private static PostgresServer shared;

    private final Path bin;
    private final Path base;
    private final boolean asPostgresUser;
    private final int port;

    private PostgresServer(Path bin, Path base, boolean asPostgresUser, int port) {
        this.bin = bin;
        this.base = base;
        this.asPostgresUser = asPostgresUser;
        this.port = port;
    }

    /** The server the tests share, started on first use in target/postgres with {@link #FAST}. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = start(Path.of("target", "postgres"), FAST);
        }
        return shared;
    }

    public static synchronized void stopShared() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    /**
     * Creates a cluster in {@code base} (emptied first) and starts it.
     *
     * @param settings {@code name=value} server settings
     * @throws IllegalStateException when the binaries are missing or the server does not start
     */
    public static PostgresServer start(Path base, List<String> settings) {
        Path bin = findBin();
        boolean root = isRoot();
        Path dir = base.toAbsolutePath();
        try {
            stopLeftover(bin, dir, root);
            deleteTree(dir);
            Files.createDirectories(dir.resolve("socket"));
            if (root) {
                run(dir, List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            }
            PostgresServer server = new PostgresServer(bin, dir, root, freePort());
            server.pg("initdb", "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--no-sync");
            List<String> options = new ArrayList<>(List.of("-p", Integer.toString(server.port), "-k",
                    dir.resolve("socket").toString(), "-c", "listen_addresses=127.0.0.1"));
            for (String setting : settings) {
                options.add("-c");
                options.add(setting);
            }
            server.pg("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", String.join(" ", options), "start");
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return "postgres";
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase(String name) {
        try (Connection c = new UrlDataSource(url("postgres"), user(), "").getConnection();
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
            return url(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * CPU time the server's processes (postmaster and its children) used so far, from /proc
     * (Linux), in nanoseconds: for the benchmark's CPU cost per message. Processes that ended
     * meanwhile are not counted.
     */
    public long cpuNanos() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(base.resolve("data").resolve("postmaster.pid")).get(0).strip());
            long ticks = 0;
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    String[] fields = statFields(proc);
                    if (fields == null) {
                        continue;
                    }
                    long pid = Long.parseLong(proc.getFileName().toString());
                    if (pid == postmaster || Long.parseLong(fields[1]) == postmaster) {
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                }
            }
            return ticks * 10_000_000L;     // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the CPU time of PostgreSQL's processes: " + e, e);
        }
    }

    /** The fields of /proc/PID/stat after the command name: state, ppid, ... (utime is [11], stime [12]). */
    private static String[] statFields(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            pg("pg_ctl", "-D", base.resolve("data").toString(), "-m", "fast", "-w", "stop");
        } catch (IOException e) {
            throw new IllegalStateException("could not stop PostgreSQL in " + base + ": " + e.getMessage(), e);
        }
    }

    private void pg(String program, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(base, command, asPostgresUser);
    }

    private static Path findBin() {
        String configured = System.getProperty("store.test.pgBin");
        Path bin = Path.of(configured != null ? configured : DEFAULT_BIN);
        if (Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))) {
            return bin;
        }
        throw new IllegalStateException("PostgreSQL server binaries (initdb, pg_ctl) not found in " + bin
                + ": install Debian's package 'postgresql' (apt-get install postgresql), or point"
                + " -Dstore.test.pgBin at a directory that holds them");
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            return "0".equals(out);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A previous run that died leaves its server running on the directory: stop it first. */
    private static void stopLeftover(Path bin, Path dir, boolean root) throws IOException {
        if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
            List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D",
                    dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
            try {
                run(dir, command, root);
            } catch (IOException alreadyStopped) {
                // the pid file was stale
            }
        }
    }

    private static void run(Path dir, List<String> command, boolean asPostgresUser) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = dir.resolve("commands.log");
        ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", full) + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed (exit " + process.exitValue() + "); "
                        + tail(log) + tail(dir.resolve("server.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + full, e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return file.getFileName() + ": " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 8), lines.size()))
                    + "; ";
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
