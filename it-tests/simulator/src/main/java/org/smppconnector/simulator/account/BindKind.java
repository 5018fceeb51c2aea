package org.smppconnector.simulator.account;

import java.util.Locale;

import org.jsmpp.bean.BindType;

/** The three ways an ESME binds, and what each may do. */
public enum BindKind {
    TRANSMITTER("TX", BindType.BIND_TX),
    RECEIVER("RX", BindType.BIND_RX),
    TRANSCEIVER("TRX", BindType.BIND_TRX);

    private final String shortName;
    private final BindType bindType;

    BindKind(String shortName, BindType bindType) {
        this.shortName = shortName;
        this.bindType = bindType;
    }

    public boolean canTransmit() {
        return this != RECEIVER;
    }

    public boolean canReceive() {
        return this != TRANSMITTER;
    }

    public String shortName() {
        return shortName;
    }

    public BindType toBindType() {
        return bindType;
    }

    public static BindKind of(BindType type) {
        for (BindKind kind : values()) {
            if (kind.bindType == type) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown bind type " + type);
    }

    /** Reads TX, RX, TRX (any case) or the full names. */
    public static BindKind parse(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (BindKind kind : values()) {
            if (kind.shortName.equals(name) || kind.name().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown bind type '" + text + "' (expected TX, RX or TRX)");
    }
}
