package org.smppconnector.smpp.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for a connection: which certificates to trust (a trust store file, or the JVM's default),
 * an optional client certificate, and the protocol versions (TLS 1.3 and 1.2; nothing older is
 * accepted). Host-name verification and SNI are not settings: the {@link Connector} always does
 * both.
 *
 * <p>Immutable. Passwords are copied in and never shown by {@link #toString()}.
 */
public final class TlsSettings {

    /** The protocol versions a connection may use, most preferred first. */
    public static final List<String> ALLOWED_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private final KeyStoreFile trustStore;
    private final KeyStoreFile clientKeyStore;
    private final List<String> protocols;

    private TlsSettings(KeyStoreFile trustStore, KeyStoreFile clientKeyStore, List<String> protocols) {
        this.trustStore = trustStore;
        this.clientKeyStore = clientKeyStore;
        this.protocols = protocols;
    }

    /** Trusts what the JVM trusts (its cacerts, or {@code javax.net.ssl.trustStore}). */
    public static TlsSettings systemTrust() {
        return new TlsSettings(null, null, ALLOWED_PROTOCOLS);
    }

    /**
     * Trusts the certificates in a key store file.
     *
     * @param password may be null for a store without integrity check
     * @param type     "PKCS12", "JKS", ...; null for the JVM's default type
     */
    public static TlsSettings trustStore(Path file, char[] password, String type) {
        return new TlsSettings(new KeyStoreFile("trust store", file, password, type), null, ALLOWED_PROTOCOLS);
    }

    /**
     * Presents the client certificate (and private key) found in a key store file, for an SMSC
     * that asks for one. The key's password must be the store's password.
     */
    public TlsSettings withClientKeyStore(Path file, char[] password, String type) {
        return new TlsSettings(trustStore, new KeyStoreFile("client key store", file, password, type), protocols);
    }

    /** Restricts the protocol versions to some of {@link #ALLOWED_PROTOCOLS}. */
    public TlsSettings withProtocols(String... versions) {
        if (versions.length == 0) {
            throw new TlsConfigException("at least one TLS protocol version is needed", null);
        }
        for (String version : versions) {
            if (!ALLOWED_PROTOCOLS.contains(version)) {
                throw new TlsConfigException("TLS protocol " + version + " is not allowed; use some of " + ALLOWED_PROTOCOLS, null);
            }
        }
        return new TlsSettings(trustStore, clientKeyStore, List.of(versions));
    }

    public List<String> protocols() {
        return protocols;
    }

    /** The trust store file, or null when the JVM's default trust is used. */
    public Path trustStoreFile() {
        return trustStore == null ? null : trustStore.file;
    }

    /** The client key store file, or null when no client certificate is presented. */
    public Path clientKeyStoreFile() {
        return clientKeyStore == null ? null : clientKeyStore.file;
    }

    /** Loads the stores and builds the context. */
    SSLContext createContext() {
        TrustManager[] trustManagers = null;
        if (trustStore != null) {
            KeyStore store = trustStore.load();
            try {
                if (store.size() == 0) {
                    throw new TlsConfigException(trustStore + " holds no certificate", null);
                }
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                trustManagers = factory.getTrustManagers();
            } catch (GeneralSecurityException e) {
                throw new TlsConfigException(trustStore + ": " + e.getMessage(), e);
            }
        }
        KeyManager[] keyManagers = null;
        if (clientKeyStore != null) {
            KeyStore store = clientKeyStore.load();
            try {
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store, clientKeyStore.password);
                keyManagers = factory.getKeyManagers();
            } catch (GeneralSecurityException e) {
                throw new TlsConfigException(clientKeyStore + ": " + e.getMessage(), e);
            }
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trustManagers, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new TlsConfigException("cannot create a TLS context: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "TlsSettings[trust=" + (trustStore == null ? "system default" : trustStore)
                + ", client certificate=" + (clientKeyStore == null ? "none" : clientKeyStore) + ", protocols=" + protocols + "]";
    }

    private static final class KeyStoreFile {
        final String role;
        final Path file;
        final char[] password;
        final String type;

        KeyStoreFile(String role, Path file, char[] password, String type) {
            this.role = role;
            this.file = Objects.requireNonNull(file, role + " file");
            this.password = password == null ? null : password.clone();
            this.type = type == null ? KeyStore.getDefaultType() : type;
        }

        KeyStore load() {
            KeyStore store;
            try {
                store = KeyStore.getInstance(type);
            } catch (GeneralSecurityException e) {
                throw new TlsConfigException(this + ": unknown key store type", e);
            }
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
                return store;
            } catch (IOException | GeneralSecurityException e) {
                // A wrong password shows up as an IOException whose cause is an UnrecoverableKeyException.
                throw new TlsConfigException(this + ": cannot load: " + e, e);
            }
        }

        @Override
        public String toString() {
            return role + " " + file + " (" + type + ")";
        }
    }
}
