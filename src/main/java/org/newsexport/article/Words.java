package org.newsexport.article;

/** Word counting shared by every dataset, so that counts agree between them. */
public final class Words {

	private static final byte SPACE = 1;

	private static final byte WORD_CHAR = 2;

	/**
	 * {@link Character#isWhitespace} and {@link Character#isLetterOrDigit} of the
	 * characters up to the end of the General Punctuation block (U+206F), which most text
	 * is made of (Latin, Greek, Cyrillic, Arabic, Hebrew, Indic letters, and the curly
	 * quotes, dashes and spaces of news text): a table look-up instead of two calls into
	 * the Unicode tables. Other characters ask {@code Character}.
	 */
	private static final byte[] TABLE = new byte[0x2070];

	static {
		for (char c = 0; c < TABLE.length; c++) {
			TABLE[c] = (byte) ((Character.isWhitespace(c) ? SPACE : 0)
					| (Character.isLetterOrDigit(c) ? WORD_CHAR : 0));
		}
	}

	private Words() {
	}

	/** Counts white-space separated tokens that hold at least one letter or digit. */
	public static int count(CharSequence text) {
		// a copy into an array is cheap beside the scan, which then needs no bounds check
		// per character
		char[] chars = text.toString().toCharArray();
		return count(chars, 0, chars.length);
	}

	/**
	 * {@link #count(CharSequence)} of {@code text[from, to)}. Every paragraph is counted,
	 * so the loop has no branch on the character's kind: a space every few characters
	 * makes such a branch mispredict about once a word. A token is counted at the space
	 * that ends it (and at the end) when it holds a word char: "inside a token" needs no
	 * flag of its own, as a token without one is not counted anyway.
	 */
	public static int count(char[] text, int from, int to) {
		int words = 0;
		int tokenHasWordChar = 0; // 0 or 1
		for (int i = from; i < to; i++) {
			int kind = kind(text[i]);
			int space = kind & SPACE;
			words += tokenHasWordChar & space;
			tokenHasWordChar = (tokenHasWordChar | (kind >> 1)) & (space ^ 1);
		}
		return words + tokenHasWordChar;
	}

	/**
	 * {@link #SPACE} for white space, {@link #WORD_CHAR} for a letter or digit, 0 for
	 * anything else.
	 */
	private static int kind(char c) {
		if (c < TABLE.length) {
			return TABLE[c];
		}
		if (Character.isWhitespace(c)) {
			return SPACE;
		}
		return Character.isLetterOrDigit(c) ? WORD_CHAR : 0;
	}

}
