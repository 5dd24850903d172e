package org.newsexport.dedup;

/**
 * How near-duplicates are found: word shingles of {@code shingleSize} tokens, a MinHash
 * signature of {@code bands × rows} values, LSH over {@code bands} bands of {@code rows}
 * values, and the MinHash estimate of the Jaccard similarity at or above which a
 * candidate pair counts as a duplicate.
 * <p>
 * The defaults ({@link #DEFAULTS}): 5-word shingles, 128 permutations as 16 bands × 8
 * rows, threshold 0.8, buckets capped at 100 documents. A pair of Jaccard similarity
 * {@code j} shares a band with probability {@code 1 − (1 − j^8)^16}: 0.06 at 0.5, 0.61 at
 * 0.7, 0.95 at 0.8, 0.994 at 0.85, 0.9999 at 0.9. The S-curve's steep part, around
 * {@code (1/16)^(1/8) ≈ 0.71}, lies below the threshold, so pairs at the threshold are
 * rarely missed while unrelated pairs rarely become candidates. The estimate from 128
 * values has a standard deviation of {@code sqrt(j(1 − j)/128)}: 0.035 at 0.8.
 *
 * @param shingleSize tokens per shingle; a body with fewer tokens is one shingle
 * @param bands LSH bands
 * @param rows signature values per band
 * @param threshold the estimated Jaccard similarity at or above which a candidate pair is
 * linked
 * @param maxBucketSize the largest LSH bucket whose documents are all compared with each
 * other; in a larger one each document is compared with the {@code maxBucketSize − 1}
 * before it, so that the cost stays linear
 * @param seed the seed of the hash functions: the same seed gives the same signatures,
 * hence the same output
 */
public record MinHashParameters(int shingleSize, int bands, int rows, double threshold, int maxBucketSize, long seed) {

	public static final MinHashParameters DEFAULTS = new MinHashParameters(5, 16, 8, 0.8, 100, 0x6e6577735f646470L);

	public MinHashParameters {
		require(shingleSize >= 1, "shingle size must be at least 1, not " + shingleSize);
		require(bands >= 1 && rows >= 1, "bands and rows must be at least 1, not " + bands + " × " + rows);
		require(threshold > 0 && threshold <= 1, "threshold must be in (0, 1], not " + threshold);
		require(maxBucketSize >= 2, "max bucket size must be at least 2, not " + maxBucketSize);
	}

	/** The number of MinHash values per document: bands × rows. */
	public int permutations() {
		return bands * rows;
	}

	/**
	 * The usual approximation of where the LSH S-curve rises, {@code (1/b)^(1/r)}: 0.71
	 * for 16 × 8, where a pair becomes a candidate with probability 0.64 (one half at
	 * 0.67).
	 */
	public double lshThreshold() {
		return Math.pow(1.0 / bands, 1.0 / rows);
	}

	/**
	 * The probability that a pair of Jaccard similarity {@code jaccard} shares at least
	 * one band.
	 */
	public double candidateProbability(double jaccard) {
		return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
	}

	/** The number of equal signature values that reaches the threshold. */
	int minAgreements() {
		return (int) Math.ceil(threshold * permutations() - 1e-9);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException("MinHash parameters: " + message);
		}
	}

}
