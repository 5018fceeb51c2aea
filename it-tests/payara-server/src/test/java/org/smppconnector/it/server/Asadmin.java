package org.smppconnector.it.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the unpacked Payara Server's asadmin, on this JVM's Java (AS_JAVA), and keeps what it
 * printed in target/asadmin.log.
 */
final class Asadmin {

    private final Path home;
    private final Path log;

    Asadmin(Path home, Path log) {
        this.home = home;
        this.log = log;
    }

    /** Runs a command and returns what it printed; fails naming the command and its output. */
    String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/asadmin").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not end");
        }
        Files.writeString(log, "$ asadmin " + String.join(" ", arguments) + "\n" + output + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed ("
                    + process.exitValue() + "):\n" + output);
        }
        return output;
    }
}
