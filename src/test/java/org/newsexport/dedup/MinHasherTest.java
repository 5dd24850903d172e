package org.newsexport.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class MinHasherTest {

	private static final int PERMUTATIONS = 128;

	private final Shingler shingler = new Shingler(5);

	private final MinHasher minHasher = new MinHasher(PERMUTATIONS, 42);

	@Test
	void estimateIsCloseToTheExactJaccardOverTheWholeRange() {
		SyntheticText texts = new SyntheticText(1);
		double sumOfErrors = 0;
		int pairs = 0;
		for (double target = 0.1; target < 1.0; target += 0.05) {
			for (int copy = 0; copy < 5; copy++) {
				List<String> original = texts.words(800);
				long[] a = shingles(original);
				long[] b = shingles(texts.edited(original, target, 5));
				double exact = Shingles.jaccard(a, b);
				double estimate = MinHasher.estimateJaccard(signature(a), signature(b));

				double sigma = Math.sqrt(exact * (1 - exact) / PERMUTATIONS);
				assertThat(estimate).as("target %.2f, exact %.3f", target, exact)
					.isCloseTo(exact, within(4 * sigma + 1.0 / PERMUTATIONS));
				sumOfErrors += estimate - exact;
				pairs++;
			}
		}
		assertThat(sumOfErrors / pairs).as("mean error: the estimate is unbiased").isCloseTo(0, within(0.01));
	}

	@Test
	void identicalSetsAgreeEverywhereAndUnrelatedOnesAlmostNowhere() {
		SyntheticText texts = new SyntheticText(2);
		long[] a = shingles(texts.words(500));
		long[] b = shingles(texts.words(500));

		assertThat(MinHasher.estimateJaccard(signature(a), signature(a.clone()))).isEqualTo(1.0);
		assertThat(MinHasher.estimateJaccard(signature(a), signature(b))).isLessThan(0.05);
	}

	@Test
	void theSameSeedGivesTheSameSignatures() {
		long[] a = shingles(new SyntheticText(3).words(300));
		int[] other = new int[PERMUTATIONS];
		new MinHasher(PERMUTATIONS, 42).signature(a, other);
		int[] otherSeed = new int[PERMUTATIONS];
		new MinHasher(PERMUTATIONS, 43).signature(a, otherSeed);

		assertThat(other).isEqualTo(signature(a));
		assertThat(otherSeed).isNotEqualTo(signature(a));
	}

	/**
	 * Each value is the minimum over the shingles of the high 32 bits of {@code a·x + b}
	 * as a signed int, with the seed's multipliers and increments, as the class defines
	 * it: computed here the plain way.
	 */
	@Test
	void eachValueIsTheMinimumOfTheHighHalvesOfThePermutedShingles() {
		SplittableRandom shingles = new SplittableRandom(7);
		for (int size : new int[] { 1, 2, 3, 17, 640 }) {
			long[] x = shingles.longs(size).toArray();
			x[0] = size == 17 ? Long.MIN_VALUE : x[0];
			x[size - 1] = size == 17 ? Long.MAX_VALUE : x[size - 1];
			int[] expected = new int[PERMUTATIONS];
			SplittableRandom parameters = new SplittableRandom(42);
			for (int i = 0; i < PERMUTATIONS; i++) {
				long a = parameters.nextLong() | 1L;
				long b = parameters.nextLong();
				expected[i] = Integer.MAX_VALUE;
				for (long value : x) {
					expected[i] = Math.min(expected[i], (int) ((a * value + b) >>> 32));
				}
			}
			assertThat(signature(x)).as("%d shingles", size).isEqualTo(expected);
		}
	}

	private long[] shingles(List<String> words) {
		return shingler.shingle(SyntheticText.text(words)).hashes();
	}

	private int[] signature(long[] shingles) {
		int[] signature = new int[PERMUTATIONS];
		minHasher.signature(shingles, signature);
		return signature;
	}

}
