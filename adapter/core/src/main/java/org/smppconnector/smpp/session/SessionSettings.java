package org.smppconnector.smpp.session;

import java.time.Duration;
import java.util.Objects;
import org.smppconnector.smpp.pdu.BaseBind;

/**
 * What one bind needs to know: who it is, how it binds, and its limits. Immutable; the
 * {@code with} methods copy. {@link org.smppconnector.smpp.pool.AccountPool} derives one per
 * bind from the account's settings.
 *
 * @param interfaceVersion {@link BaseBind#VERSION_3_4} or {@link BaseBind#VERSION_5_0}
 * @param windowWait       how long a request waits for a free window slot before
 *                         {@link WindowFullException}
 * @param closeTimeout     how long a graceful close waits for requests in flight, and then
 *                         again for the unbind_resp
 */
public record SessionSettings(String systemId, String password, String systemType, int interfaceVersion,
                              BindType bindType, int windowSize, Duration responseTimeout, Duration windowWait,
                              Duration connectTimeout, Duration closeTimeout, KeepaliveSettings keepalive) {

    public SessionSettings {
        Objects.requireNonNull(systemId, "systemId");
        password = password == null ? "" : password;
        systemType = systemType == null ? "" : systemType;
        if (interfaceVersion != BaseBind.VERSION_3_4 && interfaceVersion != BaseBind.VERSION_5_0) {
            throw new IllegalArgumentException(String.format("interfaceVersion must be 0x34 or 0x50: 0x%02X", interfaceVersion));
        }
        Objects.requireNonNull(bindType, "bindType");
        if (windowSize < 1 || windowSize > Window.MAX_SIZE) {
            throw new IllegalArgumentException("windowSize must be 1.." + Window.MAX_SIZE + ": " + windowSize);
        }
        positive("responseTimeout", responseTimeout);
        Objects.requireNonNull(windowWait, "windowWait");
        if (windowWait.isNegative()) {
            throw new IllegalArgumentException("windowWait must not be negative: " + windowWait);
        }
        positive("connectTimeout", connectTimeout);
        positive("closeTimeout", closeTimeout);
        Objects.requireNonNull(keepalive, "keepalive");
    }

    /**
     * A transceiver on SMPP 3.4 with a window of 10, 10 s response timeout, 5 s window wait,
     * 10 s connect timeout, 5 s close timeout and the default keepalive.
     */
    public static SessionSettings of(String systemId, String password) {
        return new SessionSettings(systemId, password, "", BaseBind.VERSION_3_4, BindType.TRANSCEIVER, 10,
                Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5),
                KeepaliveSettings.DEFAULT);
    }

    public SessionSettings withBindType(BindType value) {
        return new SessionSettings(systemId, password, systemType, interfaceVersion, value, windowSize,
                responseTimeout, windowWait, connectTimeout, closeTimeout, keepalive);
    }

    public SessionSettings withSystemType(String value) {
        return new SessionSettings(systemId, password, value, interfaceVersion, bindType, windowSize,
                responseTimeout, windowWait, connectTimeout, closeTimeout, keepalive);
    }

    public SessionSettings withInterfaceVersion(int value) {
        return new SessionSettings(systemId, password, systemType, value, bindType, windowSize,
                responseTimeout, windowWait, connectTimeout, closeTimeout, keepalive);
    }

    public SessionSettings withWindow(int size, Duration wait) {
        return new SessionSettings(systemId, password, systemType, interfaceVersion, bindType, size,
                responseTimeout, wait, connectTimeout, closeTimeout, keepalive);
    }

    public SessionSettings withResponseTimeout(Duration value) {
        return new SessionSettings(systemId, password, systemType, interfaceVersion, bindType, windowSize,
                value, windowWait, connectTimeout, closeTimeout, keepalive);
    }

    public SessionSettings withCloseTimeout(Duration value) {
        return new SessionSettings(systemId, password, systemType, interfaceVersion, bindType, windowSize,
                responseTimeout, windowWait, connectTimeout, value, keepalive);
    }

    public SessionSettings withKeepalive(KeepaliveSettings value) {
        return new SessionSettings(systemId, password, systemType, interfaceVersion, bindType, windowSize,
                responseTimeout, windowWait, connectTimeout, closeTimeout, value);
    }

    private static void positive(String field, Duration value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return "SessionSettings[" + systemId + (systemType.isEmpty() ? "" : "/" + systemType) + ", " + bindType
                + String.format(", v0x%02X", interfaceVersion) + ", window " + windowSize + "]";
    }
}
