package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.extra.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a process of its own, launched with the JVM running the test: it prints
 * its one line, serves SMPP, TLS (BouncyCastle inside the merged jar) and the control port,
 * and unbinds its sessions when killed.
 */
class StandaloneJarIT {
    private static final Pattern BANNER = Pattern.compile(
            "SMSC simulator \\(profile bulksms\\) listening on smpp://127\\.0\\.0\\.1:(\\d+), "
                    + "smpps://127\\.0\\.0\\.1:(\\d+), control http://127\\.0\\.0\\.1:(\\d+)");
    private static final long START_SECONDS = 30;

    @Test
    void runsBindsAndStopsCleanly(@TempDir Path dir) throws Exception {
        Path certificate = dir.resolve("smsc.pem");
        Process process = launch("--profile", "bulksms", "--port", "0", "--control-port", "0",
                "--account", "bulk:pw12345", "--receipt-delay", "10ms", "--tls-port", "0",
                "--tls-cert-out", certificate.toString());
        CompletableFuture<String> errors = readAll(process.getErrorStream());
        try {
            String banner = firstLine(process);
            Matcher matcher = BANNER.matcher(banner);
            assertTrue(matcher.matches(), "banner: " + banner + "\nstderr: " + errors.getNow(""));
            int smppPort = Integer.parseInt(matcher.group(1));
            URI control = URI.create("http://127.0.0.1:" + matcher.group(3) + "/");
            // the certificate BouncyCastle generated inside the shaded jar, presented and verified
            assertPresents(certificate, Integer.parseInt(matcher.group(2)));

            BlockingQueue<SessionState> states = new LinkedBlockingQueue<>();
            try (Esme esme = Esme.bind(smppPort, BindType.BIND_TRX, "bulk", "pw12345", "", InterfaceVersion.IF_34)) {
                esme.session.addSessionStateListener((newState, oldState, source) -> states.add(newState));
                String id = esme.submit("447700900123", "from another process");
                esme.next(); // its receipt
                HttpResponse<String> messages = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(control.resolve("/messages?limit=1")).timeout(Esme.WAIT).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, messages.statusCode());
                assertTrue(messages.body().contains("\"messageId\":\"" + id + "\""), messages.body());
                assertTrue(messages.body().contains("from another process"), messages.body());

                process.destroy(); // SIGTERM: the shutdown hook unbinds the session
                SessionState state;
                List<SessionState> seen = new ArrayList<>();
                do {
                    state = states.poll(Esme.WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    seen.add(state);
                } while (state != null && state != SessionState.CLOSED);
                assertTrue(seen.contains(SessionState.UNBOUND), "the SMSC unbound the session: " + seen);
            }
            assertTrue(process.waitFor(Esme.WAIT.toSeconds(), TimeUnit.SECONDS), "the process ended");
            String stderr = errors.get(Esme.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertFalse(stderr.contains("Exception"), stderr);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aBadFlagExitsWithStatus2AndNamesIt() throws Exception {
        Process process = launch("--profile", "bulksms", "--receipt-rule", "^44=DELIVERED_LATER");
        CompletableFuture<String> errors = readAll(process.getErrorStream());
        CompletableFuture<String> out = readAll(process.getInputStream());
        try {
            assertTrue(process.waitFor(START_SECONDS, TimeUnit.SECONDS));
            assertEquals(2, process.exitValue());
            assertEquals("", out.get(START_SECONDS, TimeUnit.SECONDS));
            String stderr = errors.get(START_SECONDS, TimeUnit.SECONDS);
            assertTrue(stderr.startsWith("smsc-simulator: --receipt-rule: unknown delivery state 'DELIVERED_LATER'"),
                    stderr);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void assertPresents(Path pem, int tlsPort) throws Exception {
        X509Certificate written;
        try (InputStream in = Files.newInputStream(pem)) {
            written = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("smsc", written);
        TrustManagerFactory trusting = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trusting.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trusting.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", tlsPort)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            assertEquals(written, socket.getSession().getPeerCertificates()[0]);
        }
    }

    private static Process launch(String... args) throws IOException {
        Path jar = Path.of(System.getProperty("simulator.jar", "target/smsc-simulator.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with 'package' first");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** The first line the process prints, waited for with a deadline. */
    private static String firstLine(Process process) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String banner = line.get(START_SECONDS, TimeUnit.SECONDS);
        if (banner == null) {
            throw new AssertionError("the simulator ended without a line, exit " + process.waitFor());
        }
        return banner;
    }

    /** Reads a stream to its end on a thread of its own, so that the process never blocks writing to it. */
    private static CompletableFuture<String> readAll(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        }, "read-process-output");
        thread.setDaemon(true);
        thread.start();
        return text;
    }
}
