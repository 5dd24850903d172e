package org.newsexport.clean;

import org.newsexport.article.Words;
import org.newsexport.language.Chars;
import org.newsexport.language.StopWordCounts;

/**
 * What a line looks like, measured once: the cues of jusText and boilerpipe that survive
 * the loss of the HTML. Running text is long, holds many stop words and ends its
 * sentences; page furniture is short, is made of names (capitalised words, no stop
 * words), digits and symbols, or of short items between separators ("Home | News |
 * Sport", "Next »").
 *
 * @param chars length of the line
 * @param wideChars Chinese, Japanese and Korean characters in it: one of them says as
 * much as a word
 * @param words white-space separated tokens with a letter or digit ({@link Words#count})
 * @param letterWords words made of letters, as the stop-word lists count them
 * @param stopWords stop words of the page's language among them; -1 when the language has
 * no list
 * @param letters letters in the line, with their combining marks
 * @param digits decimal digits in the line
 * @param capitalisedWords words that start with an upper-case letter or a digit
 * @param terminalPunctuation ends with . ! ? or … (before closing quotes), not with an
 * abbreviation such as "U.S."
 * @param separatedItems items between link-list separators (| · • » › ▸ or a spaced / or
 * >), 1 when there are none
 * @param longestItemWords words in the longest such item
 * @param linkMarker opens or closes with a link arrow or guillemet ("Next »", "«
 * Previous", "More ›")
 */
record LineFeatures(int chars, int wideChars, int words, int letterWords, int stopWords, int letters, int digits,
		int capitalisedWords, boolean terminalPunctuation, int separatedItems, int longestItemWords,
		boolean linkMarker) {

	/** The link-list separators; of ASCII only '|'. */
	private static final String SEPARATORS = "|·•»›▸◦‣";

	private static final int MARKS = Chars.COMBINING_MARK | Chars.ENCLOSING_MARK;

	private static final String OPENING_MARKERS = "«‹←<";

	private static final String CLOSING_MARKERS = "»›→>";

	static LineFeatures of(String text, StopWordCounts counts, String language) {
		return of(text, text.toCharArray(), 0, counts, language);
	}

	/**
	 * The features of a line whose characters are also in {@code chars} from index
	 * {@code from} (a buffer that may hold more): one pass over the array, each
	 * character's classes from one look-up in {@link Chars} (none for a lower-case ASCII
	 * letter or a space, the commonest characters, whose few steps are taken at once),
	 * the line's {@link Words#count word count} taken in the same pass.
	 */
	static LineFeatures of(String text, char[] chars, int from, StopWordCounts counts, String language) {
		int length = text.length();
		int to = from + length;
		int letters = 0;
		int marks = 0;
		int wideChars = 0;
		int digits = 0;
		int capitalisedWords = 0;
		int items = 1;
		int itemWords = 0;
		int longestItemWords = 0;
		int words = 0;
		boolean tokenHasWordChar = false;
		boolean wordStart = true;
		for (int i = from; i < to; i++) {
			char c = chars[i];
			if (c >= 'a' && c <= 'z') {
				// the commonest character, all the steps below for it: a letter, not
				// upper case nor wide, a word char, no separator; it opens a word (not a
				// capitalised one) after a space or separator
				letters++;
				tokenHasWordChar = true;
				if (wordStart) {
					itemWords++;
					wordStart = false;
				}
				continue;
			}
			if (c == ' ') {
				// white space that ends a token and opens a word, and nothing else
				words += tokenHasWordChar ? 1 : 0;
				tokenHasWordChar = false;
				wordStart = true;
				continue;
			}
			int flags = Chars.of(c);
			boolean letterOrDigit = (flags & Chars.LETTER_OR_DIGIT) != 0;
			// Words.count: white-space separated tokens with a letter or digit
			if ((flags & Chars.WHITESPACE) != 0) {
				words += tokenHasWordChar ? 1 : 0;
				tokenHasWordChar = false;
			}
			else {
				tokenHasWordChar |= letterOrDigit;
			}
			if ((flags & Chars.LETTER) != 0) {
				letters++;
				if (isWide(c)) {
					wideChars++;
				}
			}
			else if ((flags & Chars.DIGIT) != 0) {
				digits++;
			}
			else if ((flags & MARKS) != 0) {
				// combining marks: the vowel signs of Devanagari or Arabic belong to
				// their letters, not symbols
				marks++;
			}
			if (c == ' ') {
				wordStart = true;
				continue;
			}
			if (isSeparator(chars, from, to, i)) {
				if (itemWords > 0) {
					items++;
				}
				longestItemWords = Math.max(longestItemWords, itemWords);
				itemWords = 0;
				wordStart = true;
				continue;
			}
			if (wordStart && letterOrDigit) {
				itemWords++;
				if ((flags & (Chars.UPPER_CASE | Chars.DIGIT)) != 0) {
					capitalisedWords++;
				}
				wordStart = false;
			}
			else if (wordStart) {
				// an opening quote or bracket: the word starts at the next letter
				continue;
			}
			wordStart = false;
		}
		words += tokenHasWordChar ? 1 : 0;
		longestItemWords = Math.max(longestItemWords, itemWords);
		if (itemWords == 0 && items > 1) {
			items--;
		}
		int stopWords = language == null ? -1 : counts.hits(language);
		return new LineFeatures(length, wideChars, words, counts.words(), stopWords, letters + marks, digits,
				capitalisedWords, LineShape.endsWithTerminalPunctuation(text), items, longestItemWords,
				hasLinkMarker(text));
	}

	/**
	 * Han, kana and hangul: scripts written without spaces, where a character is about a
	 * word.
	 */
	private static boolean isWide(char c) {
		return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7AF' || c >= '\uF900' && c <= '\uFAFF';
	}

	/**
	 * The length that the length thresholds compare: characters, with those of Chinese,
	 * Japanese and Korean counted twice, so that a paragraph in those scripts is not
	 * taken for a short line.
	 */
	int length() {
		return chars + wideChars;
	}

	/**
	 * A separator character, or a slash or > with a space on both sides ("News / Iraq",
	 * "Home > World"), in the line {@code text[from, to)}.
	 */
	private static boolean isSeparator(char[] text, int from, int to, int i) {
		char c = text[i];
		if (c >= 128) {
			return SEPARATORS.indexOf(c) >= 0;
		}
		if (c == '|') {
			return true;
		}
		return (c == '/' || c == '>') && i > from && i + 1 < to && text[i - 1] == ' ' && text[i + 1] == ' ';
	}

	private static boolean hasLinkMarker(String text) {
		if (text.isEmpty()) {
			return false;
		}
		return OPENING_MARKERS.indexOf(text.charAt(0)) >= 0
				|| CLOSING_MARKERS.indexOf(text.charAt(text.length() - 1)) >= 0;
	}

	/**
	 * Share of the line's words that are stop words; -1 when the page's language has no
	 * list.
	 */
	double stopWordDensity() {
		if (stopWords < 0) {
			return -1;
		}
		return letterWords == 0 ? 0 : (double) stopWords / letterWords;
	}

	boolean languageKnown() {
		return stopWords >= 0;
	}

	/** Share of digits among letters and digits. */
	double digitShare() {
		int alphanumerics = letters + digits;
		return alphanumerics == 0 ? 1 : (double) digits / alphanumerics;
	}

	/** Share of characters that are neither letters, digits nor spaces. */
	double symbolShare() {
		int spaces = Math.max(0, words - 1);
		int others = chars - letters - digits - spaces;
		return chars == 0 ? 0 : (double) Math.max(0, others) / chars;
	}

}
