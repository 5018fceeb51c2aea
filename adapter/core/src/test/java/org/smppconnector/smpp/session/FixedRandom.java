package org.smppconnector.smpp.session;

import java.util.random.RandomGenerator;

/** A "random" generator whose nextDouble() is always the same chosen value, for jitter tests. */
public final class FixedRandom implements RandomGenerator {

    private final double value;

    public FixedRandom(double value) {
        this.value = value;
    }

    @Override
    public double nextDouble() {
        return value;
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("only nextDouble() is fixed");
    }
}
