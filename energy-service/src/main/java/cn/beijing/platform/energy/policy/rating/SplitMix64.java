package cn.beijing.platform.energy.policy.rating;

/**
 * The SplitMix64 generator (G. Steele, D. Lea, C. Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014) — the same sequence as {@code new java.util.SplittableRandom(seed).nextLong()}, written out here so
 * that a recorded draw can be replayed on any JVM and re-implemented by an auditor. Not a policy quantity: the
 * constants are the published algorithm's.
 */
final class SplitMix64 {

    static final String DESCRIPTION = "SplitMix64(seed) with gamma 0x9e3779b97f4a7c15; index in [0,b) by"
            + " rejection on the upper 63 bits (u % b accepted when u - u % b + b - 1 does not overflow);"
            + " partial Fisher-Yates over candidate ids sorted by String.compareTo, first k positions drawn";

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A uniform index in {@code [0, bound)}, without modulo bias. */
    int nextIndex(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        while (true) {
            long u = nextLong() >>> 1;
            long r = u % bound;
            if (u - r + (bound - 1) >= 0) {
                return (int) r;
            }
        }
    }
}
