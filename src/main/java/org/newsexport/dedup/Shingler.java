package org.newsexport.dedup;

import java.util.Arrays;

import org.newsexport.hash.Hashes;

import static org.newsexport.hash.Hashes.mix;

/**
 * Cuts an article body into word shingles. The tokens are the runs of word characters
 * (what {@code \w+} matches with {@code Pattern.UNICODE_CHARACTER_CLASS}: letters,
 * digits, marks, connectors, in any script), lower-cased code point by code point; a
 * shingle is {@code size} consecutive tokens, kept as a 64-bit hash. The hash of the
 * whole token sequence is the normalised body hash: two bodies that differ only in case,
 * white space or punctuation have the same one.
 */
public final class Shingler {

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private static final long GOLDEN = 0x9e3779b97f4a7c15L;

	/**
	 * The characters of {@link #tokenHashes} between two checks of the room for the
	 * tokens' hashes.
	 */
	private static final int BLOCK = 1024;

	/**
	 * For each Latin-1 character, its lower case ({@link Character#toLowerCase}, which
	 * keeps every Latin-1 character in Latin-1) when it is a word character, else 0 (the
	 * NUL character is none).
	 */
	private static final char[] LATIN1_LOWER = new char[256];

	/**
	 * The General Punctuation block, U+2000 to U+206F: quotes, dashes, spaces, and the
	 * joiners and ‿ ⁀ ⁔.
	 */
	private static final char PUNCTUATION_BLOCK = '\u2000';

	/**
	 * {@link #isWordCharacter} of each General Punctuation character; their lower cases
	 * are themselves.
	 */
	private static final boolean[] PUNCTUATION_WORD = new boolean[0x70];

	static {
		for (char c = 0; c < LATIN1_LOWER.length; c++) {
			char lower = (char) Character.toLowerCase(c);
			if (lower >= LATIN1_LOWER.length || (isWordCharacter(c) && lower == 0)) {
				throw new IllegalStateException("A Latin-1 character whose lower case is outside Latin-1: " + c);
			}
			LATIN1_LOWER[c] = isWordCharacter(c) ? lower : 0;
		}
		for (int i = 0; i < PUNCTUATION_WORD.length; i++) {
			char c = (char) (PUNCTUATION_BLOCK + i);
			if (Character.toLowerCase(c) != c) {
				throw new IllegalStateException("A General Punctuation character with a lower case: " + c);
			}
			PUNCTUATION_WORD[i] = isWordCharacter(c);
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
	 * The hash of every window of {@code size} tokens, in order, repeats included: what a
	 * MinHash signature needs, whose minimums do not change with repeats or order,
	 * without the sort that {@link #shingle} makes.
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

	/**
	 * The tokens' hashes: FNV-1a over the lower-cased code points of each run of word
	 * characters, then {@link Hashes#mix}. The Latin-1 characters and those of the
	 * General Punctuation block (the curly quotes and dashes of news text) are looked up
	 * in tables made from {@link #isWordCharacter} and {@link Character#toLowerCase}, so
	 * only other characters ask the Unicode tables.
	 * <p>
	 * The loop has no branch on whether a character is a word character, which is taken
	 * about once a word and mispredicted as often: every character stores the hash so far
	 * at {@code tokens[count]}, and {@code count} moves on past it where a token ends;
	 * the hash goes on (a word character) or starts again (any other) by a mask. The
	 * hashes are mixed afterwards. A block of {@value #BLOCK} characters ends at most one
	 * token per two of them (and one more for a surrogate pair across its end), so the
	 * room is made once per block.
	 */
	static long[] tokenHashes(CharSequence text) {
		int length = text.length();
		long[] tokens = new long[Math.min(length, BLOCK) / 2 + 3];
		int count = 0;
		long h = FNV_OFFSET;
		int inToken = 0; // 0 or 1
		for (int i = 0; i < length;) {
			int blockEnd = Math.min(length, i + BLOCK);
			int room = count + (blockEnd - i) / 2 + 3;
			if (room > tokens.length) {
				tokens = Arrays.copyOf(tokens, Math.max(room, 2 * tokens.length));
			}
			while (i < blockEnd) {
				char c = text.charAt(i);
				int cp;
				int word; // 0 or 1
				if (c < LATIN1_LOWER.length) {
					// the common case, without the Unicode tables
					cp = LATIN1_LOWER[c];
					word = (cp | -cp) >>> 31;
					i++;
				}
				else if (c >= PUNCTUATION_BLOCK && c < PUNCTUATION_BLOCK + PUNCTUATION_WORD.length) {
					cp = c;
					word = PUNCTUATION_WORD[c - PUNCTUATION_BLOCK] ? 1 : 0;
					i++;
				}
				else {
					cp = Character.codePointAt(text, i);
					i += Character.charCount(cp);
					word = isWordCharacter(cp) ? 1 : 0;
					cp = Character.toLowerCase(cp);
				}
				tokens[count] = h;
				count += inToken & (word ^ 1);
				long continues = -(long) word; // all ones in a token
				h = (((h ^ cp) * FNV_PRIME) & continues) | (FNV_OFFSET & ~continues);
				inToken = word;
			}
		}
		if (inToken == 1) {
			tokens[count++] = h; // the room made for the last block holds it
		}
		for (int t = 0; t < count; t++) {
			tokens[t] = mix(tokens[t]);
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
				|| type == Character.COMBINING_SPACING_MARK || type == Character.CONNECTOR_PUNCTUATION || cp == 0x200c
				|| cp == 0x200d;
	}

	static long sequenceHash(long[] tokens) {
		long h = 0;
		for (long token : tokens) {
			h = h * GOLDEN + token;
		}
		return mix(h ^ tokens.length);
	}

	private static long[] sortedDistinct(long[] values) {
		int distinct = Hashes.sortDistinct(values, values.length);
		return (distinct == values.length) ? values : Arrays.copyOf(values, distinct);
	}

}
