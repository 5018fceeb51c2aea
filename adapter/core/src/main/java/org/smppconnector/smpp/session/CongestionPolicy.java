package org.smppconnector.smpp.session;

/**
 * How big a window to use for the congestion_state an SMPP 5.0 SMSC reports in its responses.
 * The SMSC's scale: 0 idle, 1-29 low, 30-49 medium, 50-79 high, 80-89 optimum load,
 * 90-99 nearing congestion, 100 congested. Up to 89 the full window is used (80-89 is where the
 * SMSC wants its clients to stay); from 90 the window shrinks in even steps, down to the minimum
 * at 100; when the state falls back below 90 the full window returns. Values above 100 are
 * reserved by the specification and read as 100.
 */
public final class CongestionPolicy {

    /** The first state at which the window shrinks. */
    public static final int NEARING_CONGESTION = 90;
    public static final int CONGESTED = 100;

    private final int fullWindow;
    private final int minWindow;

    /** Shrinks {@code fullWindow} down to one request in flight at full congestion. */
    public CongestionPolicy(int fullWindow) {
        this(fullWindow, 1);
    }

    public CongestionPolicy(int fullWindow, int minWindow) {
        if (minWindow < 1 || fullWindow < minWindow) {
            throw new IllegalArgumentException(
                    "need 1 <= minWindow <= fullWindow: min " + minWindow + ", full " + fullWindow);
        }
        this.fullWindow = fullWindow;
        this.minWindow = minWindow;
    }

    /** The window size for this congestion_state (0-255). */
    public int windowFor(int congestionState) {
        if (congestionState < 0 || congestionState > 255) {
            throw new IllegalArgumentException("congestion_state is one octet: " + congestionState);
        }
        if (congestionState < NEARING_CONGESTION) {
            return fullWindow;
        }
        int step = Math.min(congestionState, CONGESTED) - (NEARING_CONGESTION - 1);
        int steps = CONGESTED - (NEARING_CONGESTION - 1);
        return fullWindow - (fullWindow - minWindow) * step / steps;
    }

    public int fullWindow() {
        return fullWindow;
    }

    public int minWindow() {
        return minWindow;
    }
}
