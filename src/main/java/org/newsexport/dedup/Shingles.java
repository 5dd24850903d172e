package org.newsexport.dedup;

/**
 * The shingles of one body.
 *
 * @param bodyHash the hash of the normalised body (its token sequence); 0 when it has no
 * token
 * @param tokenCount the number of tokens
 * @param hashes the distinct shingle hashes, sorted; empty when the body has no token
 */
public record Shingles(long bodyHash, int tokenCount, long[] hashes) {

	public boolean isEmpty() {
		return tokenCount == 0;
	}

	/**
	 * The Jaccard similarity of two sorted sets of distinct shingle hashes: the size of
	 * their intersection over that of their union. Exact up to 64-bit hash collisions
	 * (about {@code 10^-13} for two bodies of 5,000 words); 0 when both are empty.
	 */
	public static double jaccard(long[] a, long[] b) {
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		int union = a.length + b.length - common;
		return (union == 0) ? 0 : (double) common / union;
	}

}
