package org.smppconnector.smpp.pool;

import java.nio.charset.StandardCharsets;

/**
 * The system_id and password a bind presents. SMPP caps them at 15 and 8 characters
 * (16 and 9 octets with the terminating NUL), ASCII. The password never appears in
 * {@link #toString()}.
 */
public record Credentials(String systemId, String password) {

    public static final int MAX_SYSTEM_ID = 15;
    public static final int MAX_PASSWORD = 8;

    public Credentials {
        checkText("credentials.systemId", systemId, MAX_SYSTEM_ID);
        if (systemId.isEmpty()) {
            throw new InvalidSettingException("credentials.systemId", "must not be empty");
        }
        password = password == null ? "" : password;
        checkText("credentials.password", password, MAX_PASSWORD);
    }

    static void checkText(String field, String value, int maxLength) {
        if (value == null) {
            throw new InvalidSettingException(field, "must be given");
        }
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(value) || value.indexOf('\0') >= 0) {
            throw new InvalidSettingException(field, "must be ASCII without NUL");
        }
        if (value.length() > maxLength) {
            throw new InvalidSettingException(field, "at most " + maxLength + " characters in SMPP, got "
                    + value.length());
        }
    }

    @Override
    public String toString() {
        return "Credentials[systemId=" + systemId + ", password=" + (password.isEmpty() ? "(none)" : "****") + "]";
    }
}
