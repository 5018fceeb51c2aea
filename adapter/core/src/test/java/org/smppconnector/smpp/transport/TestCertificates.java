package org.smppconnector.smpp.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed test certificates, made with the JDK's keytool into target/transport-tls (kept
 * for a day, so that repeated runs do not pay for keytool again). All stores are PKCS12 with
 * password {@link #PASSWORD}.
 */
final class TestCertificates {

    static final char[] PASSWORD = "changeit".toCharArray();
    static final Path DIR = Path.of("target", "transport-tls");

    /** Issued for localhost and 127.0.0.1; trusted. */
    static final Path SERVER = DIR.resolve("server.p12");
    /** Issued for other.example only; trusted. */
    static final Path OTHER_NAME = DIR.resolve("other-name.p12");
    /** Issued for localhost and 127.0.0.1; not trusted. */
    static final Path UNTRUSTED = DIR.resolve("untrusted.p12");
    /** A client certificate. */
    static final Path CLIENT = DIR.resolve("client.p12");
    /** Trusts SERVER and OTHER_NAME. */
    static final Path TRUST = DIR.resolve("trust.p12");
    /** Trusts CLIENT, for a server that asks for a client certificate. */
    static final Path CLIENT_TRUST = DIR.resolve("client-trust.p12");

    private TestCertificates() {
    }

    static synchronized void ensure() throws Exception {
        if (fresh(CLIENT_TRUST)) {
            return;
        }
        Files.createDirectories(DIR);
        generate(SERVER, "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        generate(OTHER_NAME, "CN=other.example", "SAN=dns:other.example");
        generate(UNTRUSTED, "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        generate(CLIENT, "CN=smpp-client", null);
        trustStore(TRUST, SERVER, OTHER_NAME);
        trustStore(CLIENT_TRUST, CLIENT); // written last: its presence means the set is complete
    }

    private static boolean fresh(Path file) throws IOException {
        return Files.exists(file)
                && Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minus(Duration.ofDays(1)));
    }

    private static void generate(Path store, String dname, String san) throws Exception {
        Files.deleteIfExists(store);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", "key",
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "7",
                "-dname", dname, "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)));
        if (san != null) {
            command.add("-ext");
            command.add(san);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed for " + store + ": " + output);
        }
    }

    private static void trustStore(Path target, Path... keyStores) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, PASSWORD);
        for (Path keyStore : keyStores) {
            trust.setCertificateEntry(keyStore.getFileName().toString(), load(keyStore).getCertificate("key"));
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            trust.store(out, PASSWORD);
        }
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
    }

    static KeyStore load(Path store) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
        return keyStore;
    }

    /** A server-side context presenting {@code keyStore}, trusting {@code trustStore} for client certificates (may be null). */
    static SSLContext serverContext(Path keyStore, Path trustStore) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keyStore), PASSWORD);
        TrustManagerFactory trust = null;
        if (trustStore != null) {
            trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(trustStore));
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
        return context;
    }
}
