package org.smppconnector.smpp.pool;

/** One SMSC host and port of an account. */
public record SmscAddress(String host, int port) {

    public SmscAddress {
        if (host == null || host.isBlank()) {
            throw new InvalidSettingException("hosts.host", "must not be blank");
        }
        if (host.strip().length() != host.length() || host.contains(" ")) {
            throw new InvalidSettingException("hosts.host", "must not contain spaces: \"" + host + "\"");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidSettingException("hosts.port", "must be 1..65535: " + port);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
