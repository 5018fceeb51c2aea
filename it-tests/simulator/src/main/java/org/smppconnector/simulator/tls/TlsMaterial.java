package org.smppconnector.simulator.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The simulator's TLS identity: a key and certificate, generated self-signed at start or
 * read from a key store, and what clients need to trust it.
 */
public final class TlsMaterial {
    private final KeyStore keyStore;
    private final char[] password;
    private final X509Certificate certificate;

    private TlsMaterial(KeyStore keyStore, char[] password, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.password = password.clone();
        this.certificate = certificate;
    }

    /** A new self-signed certificate for localhost and 127.0.0.1. */
    public static TlsMaterial selfSigned() {
        return selfSigned(List.of("localhost"), List.of("127.0.0.1", "::1"));
    }

    /** A new self-signed certificate whose subject alternative names are these host names and IP addresses. */
    public static TlsMaterial selfSigned(List<String> dnsNames, List<String> ipAddresses) {
        char[] password = "simulator".toCharArray();
        SelfSignedCertificate generated = SelfSignedCertificate.generate(dnsNames, ipAddresses);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("smsc", generated.privateKey(), password, new Certificate[] {generated.certificate()});
            return new TlsMaterial(store, password, generated.certificate());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a key store for the generated certificate", e);
        }
    }

    /**
     * The first key entry of a key store file (PKCS12 or JKS).
     *
     * @throws IOException naming the file when it cannot be read or holds no key
     */
    public static TlsMaterial fromKeyStore(Path file, char[] password, String type) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password);
            for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements(); ) {
                String alias = aliases.nextElement();
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate) {
                    return new TlsMaterial(store, password, (X509Certificate) store.getCertificate(alias));
                }
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new IOException("cannot read key store " + file + ": " + e, e);
        }
        throw new IOException("key store " + file + " holds no private key with an X.509 certificate");
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** For the simulator's listening sockets. */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the server TLS context", e);
        }
    }

    /** A key store holding only the certificate, for clients to trust. */
    public KeyStore trustStore() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("smsc-simulator", certificate);
            return trust;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust store", e);
        }
    }

    /** A client context that trusts this certificate and nothing else. */
    public SSLContext clientContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a client TLS context", e);
        }
    }

    /** Writes the trust store (PKCS12) for clients configured by file. */
    public void writeTrustStore(Path file, char[] storePassword) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            trustStore().store(out, storePassword);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write trust store " + file, e);
        }
    }

    /** Writes the key and certificate (PKCS12) so that a later run can be given the same identity. */
    public void writeKeyStore(Path file, char[] storePassword) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore copy = KeyStore.getInstance("PKCS12");
            copy.load(null, null);
            for (Enumeration<String> aliases = keyStore.aliases(); aliases.hasMoreElements(); ) {
                String alias = aliases.nextElement();
                if (keyStore.isKeyEntry(alias)) {
                    copy.setKeyEntry(alias, keyStore.getKey(alias, password), storePassword,
                            keyStore.getCertificateChain(alias));
                }
            }
            copy.store(out, storePassword);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write key store " + file, e);
        }
    }

    /** Writes the certificate in PEM. */
    public void writeCertificatePem(Path file) throws IOException {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encode the certificate", e);
        }
    }
}
