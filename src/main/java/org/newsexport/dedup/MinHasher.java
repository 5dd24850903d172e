package org.newsexport.dedup;

import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets. Value {@code i} of a signature is the minimum, over
 * the shingle hashes {@code x}, of {@code h_i(x)}: the high 32 bits of
 * {@code a_i·x + b_i} (mod 2^64), with {@code a_i} odd and {@code a_i, b_i} drawn from a
 * fixed seed (multiply-shift hashing; {@code x} is itself a well-mixed 64-bit hash). The
 * share of equal values in two signatures estimates the Jaccard similarity of the two
 * sets.
 */
public final class MinHasher {

	private final long[] multipliers;

	private final long[] increments;

	public MinHasher(int permutations, long seed) {
		if (permutations < 1) {
			throw new IllegalArgumentException("MinHash needs at least one permutation, not " + permutations);
		}
		SplittableRandom random = new SplittableRandom(seed);
		multipliers = new long[permutations];
		increments = new long[permutations];
		for (int i = 0; i < permutations; i++) {
			multipliers[i] = random.nextLong() | 1L;
			increments[i] = random.nextLong();
		}
	}

	public int permutations() {
		return multipliers.length;
	}

	/**
	 * Writes the signature of a non-empty shingle set into {@code signature}, one value
	 * per permutation.
	 * <p>
	 * The minimum is taken over the whole 64-bit values {@code a_i·x + b_i}, compared as
	 * signed longs, and cut to its high 32 bits once at the end: the high half as a
	 * signed int ({@code v >> 32}) never decreases as {@code v} grows, so the high half
	 * of the minimum is the minimum of the high halves. A loop of {@link Math#min} alone,
	 * without a shift and a cast per value, is one the JIT can turn into vector
	 * instructions (JDK 21 and later), and it is cheaper as scalar code too.
	 */
	public void signature(long[] shingles, int[] signature) {
		if (shingles.length == 0) {
			throw new IllegalArgumentException("An empty shingle set has no MinHash signature");
		}
		for (int i = 0; i < multipliers.length; i++) {
			long a = multipliers[i];
			long b = increments[i];
			long min = Long.MAX_VALUE;
			for (long x : shingles) {
				min = Math.min(min, a * x + b);
			}
			signature[i] = (int) (min >> 32);
		}
	}

	/**
	 * The share of positions where two signatures agree: the MinHash estimate of the
	 * Jaccard similarity.
	 */
	public static double estimateJaccard(int[] a, int[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("Signatures of different lengths: " + a.length + ", " + b.length);
		}
		int equal = 0;
		for (int i = 0; i < a.length; i++) {
			if (a[i] == b[i]) {
				equal++;
			}
		}
		return (double) equal / a.length;
	}

}
