package org.smppconnector.console.accounts;

/**
 * Translates the engine's setting names ({@code credentials.password}, {@code tpsLimit}) to the
 * fields of the console's account form and API ({@code password}, {@code maxTps}), so that a
 * refusal from the engine's validation lands beside the right input.
 */
public final class SettingFields {

    private SettingFields() {
    }

    public static String toFormField(String setting) {
        if (setting == null) {
            return null;
        }
        if (setting.matches("bindGroups\\[\\d+]\\..*")) {
            return setting;
        }
        if (setting.startsWith("credentials.password")) {
            return "password";
        }
        if (setting.startsWith("credentials")) {
            return "systemId";
        }
        if (setting.startsWith("hosts")) {
            return "hosts";
        }
        if (setting.startsWith("tls")) {
            return "tls";
        }
        if (setting.startsWith("bindGroups")) {
            return "bindGroups";
        }
        return switch (setting) {
            case "tpsLimit" -> "maxTps";
            case "responseTimeout" -> "responseTimeoutMillis";
            case "keepalive" -> "enquireLinkSeconds";
            case "reconnect" -> "reconnectDelaySeconds";
            default -> setting;
        };
    }
}
