package org.newsexport.clean;

import org.newsexport.article.Words;

/**
 * How a line ends and how long it is: the cues that tell a headline or sub-heading from
 * running text.
 */
public final class LineShape {

	private static final String CLOSERS = "\"'”’»)]」』";

	private LineShape() {
	}

	/**
	 * Ends with . ! ? : ; , or … once closing quotes and brackets are set aside ("U.S."
	 * is not a full stop).
	 */
	public static boolean endsLikeSentence(String text) {
		return ".!?:;,…".indexOf(finalMark(text)) >= 0;
	}

	/**
	 * Ends a sentence for good: . ! ? or … (or the full stops and question marks of
	 * Chinese, Japanese, Arabic and Devanagari), closing quotes and brackets set aside,
	 * not an abbreviation's period.
	 */
	public static boolean endsWithTerminalPunctuation(String text) {
		return ".!?…。！？؟।".indexOf(finalMark(text)) >= 0;
	}

	/**
	 * A first line short enough for a headline that does not end like a statement.
	 * Headlines may end with a question or exclamation mark, never with a full stop, a
	 * colon or a comma.
	 */
	public static boolean looksLikeHeadline(String text) {
		return looksLikeHeadline(text, CleaningSettings.DEFAULTS.maxHeadlineWords());
	}

	/**
	 * {@link #looksLikeHeadline(String)}, a line of more than {@code maxWords} words
	 * being running text.
	 */
	static boolean looksLikeHeadline(String text, int maxWords) {
		int words = Words.count(text);
		return words > 0 && words <= maxWords && ".:;,…".indexOf(finalMark(text)) < 0;
	}

	/**
	 * The last character that is not a closing quote or bracket; a space when the line
	 * ends with an abbreviation.
	 */
	private static char finalMark(String text) {
		int end = text.length() - 1;
		while (end >= 0 && isCloserOrSpace(text.charAt(end))) {
			end--;
		}
		if (end < 0) {
			return ' ';
		}
		char last = text.charAt(end);
		return last == '.' && endsWithDottedAbbreviation(text, end) ? ' ' : last;
	}

	/**
	 * One of {@link #CLOSERS} or a space; of ASCII, those are " ' ) ] and the space, told
	 * without a search.
	 */
	private static boolean isCloserOrSpace(char c) {
		if (c < 128) {
			return c == ' ' || c == '"' || c == '\'' || c == ')' || c == ']';
		}
		return CLOSERS.indexOf(c) >= 0;
	}

	// "U.S." or "a.m.": the last word holds another period, so its final period belongs
	// to the abbreviation.
	private static boolean endsWithDottedAbbreviation(String text, int finalPeriod) {
		for (int i = finalPeriod - 1; i >= 0 && text.charAt(i) != ' '; i--) {
			if (text.charAt(i) == '.') {
				return Character.isLetter(text.charAt(i + 1));
			}
		}
		return false;
	}

}
