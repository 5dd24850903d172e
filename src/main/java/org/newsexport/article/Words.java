package org.newsexport.article;

/** Word counting shared by every dataset, so that counts agree between them. */
public final class Words {

	private static final byte SPACE = 1;

	private static final byte WORD_CHAR = 2;

	/**
	 * {@link Character#isWhitespace} and {@link Character#isLetterOrDigit} of the ASCII characters, which most text is
	 * made of: a table look-up instead of two calls into the Unicode tables. Other characters ask {@code Character}.
	 */
	private static final byte[] ASCII = new byte[128];

	static {
		for (char c = 0; c < ASCII.length; c++) {
			ASCII[c] = (byte) ((Character.isWhitespace(c) ? SPACE : 0) | (Character.isLetterOrDigit(c) ? WORD_CHAR : 0));
		}
	}

	private Words() {
	}

	/** Counts white-space separated tokens that hold at least one letter or digit. */
	public static int count(CharSequence text) {
		// a copy into an array is cheap beside the scan, which then needs no bounds check per character
		char[] chars = text.toString().toCharArray();
		return count(chars, 0, chars.length);
	}

	/** {@link #count(CharSequence)} of {@code text[from, to)}. */
	public static int count(char[] text, int from, int to) {
		int words = 0;
		boolean tokenHasWordChar = false;
		for (int i = from; i < to; i++) {
			int kind = kind(text[i]);
			if (kind == SPACE) {
				words += tokenHasWordChar ? 1 : 0;
				tokenHasWordChar = false;
			}
			else {
				tokenHasWordChar |= kind == WORD_CHAR;
			}
		}
		return tokenHasWordChar ? words + 1 : words;
	}

	/**
	 * {@link #SPACE} for white space, {@link #WORD_CHAR} for a letter or digit, 0 for anything else. (A token is
	 * counted when it holds a word char: "inside a token" needs no flag of its own, as a token without one is not
	 * counted anyway.)
	 */
	private static int kind(char c) {
		if (c < 128) {
			return ASCII[c];
		}
		if (Character.isWhitespace(c)) {
			return SPACE;
		}
		return Character.isLetterOrDigit(c) ? WORD_CHAR : 0;
	}

}
