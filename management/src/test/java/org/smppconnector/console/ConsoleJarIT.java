package org.smppconnector.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.smppconnector.console.testing.ConsoleClient;

/** The packaged jar started as the README says: {@code java -jar management/target/smpp-management.jar ...}. */
class ConsoleJarIT {

    private static final Pattern LISTENING = Pattern.compile("console listening on (http://localhost:\\d+/)");

    @Test
    void theJarStartsPrintsItsUrlAndServes() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "jar-it", UUID.randomUUID().toString()));
        Process process = start(dir, List.of("--port", "0", "--admin-user", "ops", "--admin-password", "jar-it-password"));
        try {
            String url = awaitUrl(process);
            assertEquals(200, ConsoleClient.anonymous(url).get("/health").statusCode());
            assertEquals(200, ConsoleClient.signIn(url, "ops", "jar-it-password").get("/api/accounts").statusCode());
            assertEquals(200, ConsoleClient.anonymous(url).get("/login.html").statusCode());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the console stops on SIGTERM");
        }
    }

    @Test
    void theJarRefusesAnEmptyStoreWithoutAnAdministrator() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "jar-it", UUID.randomUUID().toString()));
        Process process = start(dir, List.of("--port", "0"));
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertTrue(err.contains("--admin-user"), err);
    }

    private static Process start(Path dir, List<String> arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("console.jar", "target/smpp-management.jar")).toAbsolutePath().toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + dir.toAbsolutePath(),
                "-jar", jar, "--db-url", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("smppconnector")
                        + ";AUTO_SERVER=TRUE"));
        command.addAll(arguments);
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    private static String awaitUrl(Process process) throws IOException, InterruptedException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the console ended without printing its URL (exit " + process.waitFor() + ")");
    }
}
