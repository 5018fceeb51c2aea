package org.smppconnector.smpp.pool;

/**
 * A key or trust store file: its path, type (PKCS12, JKS) and password (may be empty). The
 * password never appears in {@link #toString()}.
 */
public record KeyStoreLocation(String path, String type, String password) {

    public KeyStoreLocation {
        if (path == null || path.isBlank()) {
            throw new InvalidSettingException("tls.storePath", "must not be blank");
        }
        if (type == null || type.isBlank()) {
            throw new InvalidSettingException("tls.storeType", "must not be blank");
        }
        password = password == null ? "" : password;
    }

    /** A PKCS12 file. */
    public static KeyStoreLocation pkcs12(String path, String password) {
        return new KeyStoreLocation(path, "PKCS12", password);
    }

    @Override
    public String toString() {
        return type + " " + path;
    }
}
