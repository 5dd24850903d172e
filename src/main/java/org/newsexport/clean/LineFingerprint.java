package org.newsexport.clean;

import org.newsexport.hash.Hashes;
import org.newsexport.language.Chars;

/**
 * A 64-bit hash of a line after the normalisation of CCNet's line deduplication: lower
 * case, digits read as 0, punctuation and symbols dropped, white space collapsed. Unlike
 * CCNet, a run of digits is one 0, so that counters of any size match: "Posted 3 hours
 * ago", "Posted 12 hours ago" and "POSTED 5 HOURS AGO!" are one line. Computed in one
 * pass over the characters without building the normalised text: the hot path of the
 * statistics runs over every line of every file.
 */
final class LineFingerprint {

	/**
	 * A line whose normalised form has no letter (numbers, ornaments) has no fingerprint.
	 */
	static final long NONE = 0;

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private LineFingerprint() {
	}

	static long of(CharSequence line) {
		return of(line, 0, line.length());
	}

	/** The fingerprint of {@code text[start, end)}. */
	static long of(CharSequence text, int start, int end) {
		char[] chars = text.subSequence(start, end).toString().toCharArray();
		return of(chars, 0, chars.length);
	}

	/**
	 * The fingerprint of {@code text[start, end)}. Each character's classes come from one
	 * look-up in {@link Chars}; an ASCII letter is lower-cased by setting its bit 0x20,
	 * as {@link Character#toLowerCase(char)} does.
	 */
	static long of(char[] text, int start, int end) {
		long hash = FNV_OFFSET;
		boolean letters = false;
		boolean pendingSpace = false;
		boolean started = false;
		boolean previousDigit = false;
		for (int i = start; i < end; i++) {
			char c = text[i];
			int flags = Chars.of(c);
			int normalized;
			if ((flags & Chars.LETTER) != 0) {
				normalized = c < 128 ? c | 0x20 : Character.toLowerCase(c);
				letters = true;
				previousDigit = false;
			}
			else if ((flags & Chars.DIGIT) != 0) {
				if (previousDigit) {
					continue; // "1,087" and "3:45" are one 0, as "7" is
				}
				normalized = '0';
				previousDigit = true;
			}
			else {
				if ((flags & Chars.SPACE) != 0) {
					pendingSpace = started;
					previousDigit = false;
				}
				continue;
			}
			if (pendingSpace) {
				hash = (hash ^ ' ') * FNV_PRIME;
				pendingSpace = false;
			}
			hash = (hash ^ normalized) * FNV_PRIME;
			started = true;
		}
		if (!letters) {
			return NONE;
		}
		// FNV's low bits are weak, and the table indexes by them
		long mixed = Hashes.mix(hash);
		return mixed == NONE ? 1 : mixed;
	}

}
