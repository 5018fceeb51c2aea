package org.smppconnector.smpp.session;

import java.util.random.RandomGenerator;

/**
 * Spreads delays at random so that many binds dropped together do not come back together.
 * Implementations are immutable values; randomness comes from the caller's generator, so
 * tests pass a fixed one.
 */
public sealed interface Jitter {

    /** No spreading: the delay as computed. */
    Jitter NONE = new None();

    /** Anywhere from zero to the full delay ("full jitter"). */
    static Jitter full() {
        return new Full();
    }

    /** Up to {@code fraction} either side of the delay: {@code plusMinus(0.2)} gives 80%-120%. */
    static Jitter plusMinus(double fraction) {
        return new PlusMinus(fraction);
    }

    /** The delay to use instead of {@code nanos}. */
    long apply(long nanos, RandomGenerator random);

    record None() implements Jitter {
        @Override
        public long apply(long nanos, RandomGenerator random) {
            return nanos;
        }

        @Override
        public String toString() {
            return "no jitter";
        }
    }

    record Full() implements Jitter {
        @Override
        public long apply(long nanos, RandomGenerator random) {
            return (long) (nanos * random.nextDouble());
        }

        @Override
        public String toString() {
            return "full jitter";
        }
    }

    record PlusMinus(double fraction) implements Jitter {
        public PlusMinus {
            if (!(fraction >= 0 && fraction < 1)) {
                throw new IllegalArgumentException("jitter fraction must be in [0, 1): " + fraction);
            }
        }

        @Override
        public long apply(long nanos, RandomGenerator random) {
            double factor = 1 + fraction * (2 * random.nextDouble() - 1);
            return (long) (nanos * factor);
        }

        @Override
        public String toString() {
            return "jitter +-" + Math.round(fraction * 100) + "%";
        }
    }
}
