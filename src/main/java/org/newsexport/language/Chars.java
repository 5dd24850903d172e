package org.newsexport.language;

/**
 * The {@link Character} properties that the per-line and per-word scans of the cleaner
 * ask about, for every {@code char}, looked up once when the class loads: one array load
 * in the hot loops instead of a call into {@code Character}'s Unicode tables (several for
 * a non-ASCII character). Each flag is exactly the {@code Character} method it names,
 * applied to the {@code char}, so a scan that asks this table answers as one that asks
 * {@code Character}. 64 KB, immutable, thread-safe.
 */
public final class Chars {

	/** {@link Character#isLetter(char)}. */
	public static final int LETTER = 1;

	/** {@link Character#isUpperCase(char)}. */
	public static final int UPPER_CASE = 1 << 1;

	/** {@link Character#isDigit(char)}. */
	public static final int DIGIT = 1 << 2;

	/**
	 * A combining mark that belongs to its letter: {@link Character#NON_SPACING_MARK} or
	 * {@link Character#COMBINING_SPACING_MARK}.
	 */
	public static final int COMBINING_MARK = 1 << 3;

	/** {@link Character#ENCLOSING_MARK}. */
	public static final int ENCLOSING_MARK = 1 << 4;

	/** {@link Character#isWhitespace(char)}. */
	public static final int WHITESPACE = 1 << 5;

	/**
	 * {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)}: a
	 * space of any kind.
	 */
	public static final int SPACE = 1 << 6;

	/** {@link #LETTER} or {@link #DIGIT}: {@link Character#isLetterOrDigit(char)}. */
	public static final int LETTER_OR_DIGIT = LETTER | DIGIT;

	private static final byte[] FLAGS = new byte[Character.MAX_VALUE + 1];

	static {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char ch = (char) c;
			int type = Character.getType(ch);
			int flags = 0;
			flags |= Character.isLetter(ch) ? LETTER : 0;
			flags |= Character.isUpperCase(ch) ? UPPER_CASE : 0;
			flags |= Character.isDigit(ch) ? DIGIT : 0;
			flags |= type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK ? COMBINING_MARK
					: 0;
			flags |= type == Character.ENCLOSING_MARK ? ENCLOSING_MARK : 0;
			flags |= Character.isWhitespace(ch) ? WHITESPACE : 0;
			flags |= Character.isWhitespace(ch) || Character.isSpaceChar(ch) ? SPACE : 0;
			FLAGS[c] = (byte) flags;
		}
	}

	private Chars() {
	}

	/** The flags of a character: an or of the constants of this class. */
	public static int of(char c) {
		return FLAGS[c];
	}

	/** Whether the character has any of the flags. */
	public static boolean is(char c, int flags) {
		return (FLAGS[c] & flags) != 0;
	}

}
