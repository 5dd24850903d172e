package org.newsexport.dedup;

import java.util.Arrays;

/**
 * Cuts an article body into word shingles. The tokens are the runs of word characters (what {@code \w+} matches
 * with {@code Pattern.UNICODE_CHARACTER_CLASS}: letters, digits, marks, connectors, in any script), lower-cased code
 * point by code point; a shingle is {@code size} consecutive tokens, kept as a 64-bit hash. The hash of the whole
 * token sequence is the normalised body hash: two bodies that differ only in case, white space or punctuation have
 * the same one.
 */
public final class Shingler {

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private static final long GOLDEN = 0x9e3779b97f4a7c15L;

	private static final boolean[] ASCII_WORD = new boolean[128];

	static {
		for (int c = 0; c < 128; c++) {
			ASCII_WORD[c] = isWordCharacter(c);
		}
	}

	private final int size;

	public Shingler(int size) {
		if (size < 1) {
			throw new IllegalArgumentException("Shingle size must be at least 1, not " + size);
		}
		this.size = size;
	}

	public Shingles shingle(CharSequence body) {
		long[] tokens = tokenHashes(body);
		if (tokens.length == 0) {
			return new Shingles(0, 0, new long[0]);
		}
		return new Shingles(sequenceHash(tokens), tokens.length, sortedDistinct(windows(tokens)));
	}

	/**
	 * The hash of every window of {@code size} tokens, in order, repeats included: what a MinHash signature needs,
	 * whose minimums do not change with repeats or order, without the sort that {@link #shingle} makes.
	 */
	long[] windows(long[] tokens) {
		int count = tokens.length;
		int windows = Math.max(1, count - size + 1);
		int width = Math.min(size, count);
		long[] shingles = new long[windows];
		for (int start = 0; start < windows; start++) {
			long h = width;
			for (int i = start; i < start + width; i++) {
				h = h * GOLDEN + tokens[i];
			}
			shingles[start] = mix(h);
		}
		return shingles;
	}

	static long[] tokenHashes(CharSequence text) {
		long[] tokens = new long[64];
		int count = 0;
		long h = FNV_OFFSET;
		boolean inToken = false;
		for (int i = 0; i < text.length();) {
			char c = text.charAt(i);
			int cp;
			boolean word;
			if (c < 128) { // the common case, without the Unicode tables
				word = ASCII_WORD[c];
				cp = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
				i++;
			}
			else {
				cp = Character.codePointAt(text, i);
				i += Character.charCount(cp);
				word = isWordCharacter(cp);
				cp = Character.toLowerCase(cp);
			}
			if (word) {
				h = (h ^ cp) * FNV_PRIME;
				inToken = true;
			}
			else if (inToken) {
				if (count == tokens.length) {
					tokens = Arrays.copyOf(tokens, count * 2);
				}
				tokens[count++] = mix(h);
				h = FNV_OFFSET;
				inToken = false;
			}
		}
		if (inToken) {
			tokens = (count == tokens.length) ? Arrays.copyOf(tokens, count + 1) : tokens;
			tokens[count++] = mix(h);
		}
		return Arrays.copyOf(tokens, count);
	}

	/** Java's {@code \w} under {@code UNICODE_CHARACTER_CLASS}. */
	static boolean isWordCharacter(int cp) {
		if (Character.isAlphabetic(cp) || Character.isDigit(cp)) {
			return true;
		}
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK || type == Character.CONNECTOR_PUNCTUATION
				|| cp == 0x200c || cp == 0x200d;
	}

	static long sequenceHash(long[] tokens) {
		long h = 0;
		for (long token : tokens) {
			h = h * GOLDEN + token;
		}
		return mix(h ^ tokens.length);
	}

	private static long[] sortedDistinct(long[] values) {
		Arrays.sort(values);
		int distinct = 0;
		for (int i = 0; i < values.length; i++) {
			if (i == 0 || values[i] != values[distinct - 1]) {
				values[distinct++] = values[i];
			}
		}
		return (distinct == values.length) ? values : Arrays.copyOf(values, distinct);
	}

	/** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
	static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

}
