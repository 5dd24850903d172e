package org.newsexport.hash;

import java.util.Arrays;

/**
 * 64-bit hashing shared by the cleaner's line fingerprints, the index of a base export's
 * files and the duplicates' shingles.
 */
public final class Hashes {

	private Hashes() {
	}

	/**
	 * MurmurHash3's 64-bit finaliser: every input bit affects every output bit, so a weak
	 * hash (FNV's low bits, a polynomial of tokens) can index a table by its low bits.
	 */
	public static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

	/**
	 * Sorts the first {@code length} values in place and moves the distinct ones to the
	 * front.
	 * @return how many distinct values there are
	 */
	public static int sortDistinct(long[] values, int length) {
		Arrays.sort(values, 0, length);
		int distinct = 0;
		for (int i = 0; i < length; i++) {
			if (distinct == 0 || values[distinct - 1] != values[i]) {
				values[distinct++] = values[i];
			}
		}
		return distinct;
	}

}
