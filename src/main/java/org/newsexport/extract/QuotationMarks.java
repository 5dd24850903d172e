package org.newsexport.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of a paragraph by their marks: “…”, „…“, «…», "…", and ‘…’ where
 * the single marks cannot be apostrophes. One pass, no backtracking. Marks inside a
 * quotation other than its closing mark are part of it (a ‘quote’ within a “quote”).
 * Scraped text breaks the rules, so: a ” that opens a word after a space opens a
 * quotation (sites that use ” both ways); a second “ before the first is closed starts
 * again from the second; spaces on the wrong side of a mark (“ …, ”he said,“ and …”) do
 * not matter; a quotation still open at the end of the paragraph counts only when it
 * opened the paragraph, the convention for one that goes on in the next. Straight single
 * quotes are never read as quotation marks: they are apostrophes far more often.
 */
final class QuotationMarks {

	/** The characters that may open a quotation ({@link #closersOf}). */
	private static final char[] OPENINGS = { '"', '«', '“', '„', '”', '‘' };

	private QuotationMarks() {
	}

	/**
	 * Every paragraph of running text passes here, and most hold no mark at all:
	 * {@link String#indexOf(int)} finds the first character that may open a quotation far
	 * faster than the loop below (and at once in a Latin-1 string for the curly marks,
	 * which it cannot hold), so the loop starts there, or is skipped. In the loop,
	 * characters that are no mark (see {@link #isMark(char)}) can neither open, close nor
	 * restart a quotation and are passed over.
	 */
	static List<QuotedSpan> spans(String text) {
		int first = firstOpening(text);
		if (first < 0) {
			return List.of();
		}
		List<QuotedSpan> spans = new ArrayList<>();
		int open = -1;
		String closers = "";
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isMark(c)) {
				continue;
			}
			if (open >= 0) {
				if (closers.indexOf(c) >= 0 && (c != '’' || closesSingle(text, i))) {
					spans.add(new QuotedSpan(open, i));
					open = -1;
				}
				else if (c == '“' && closers.equals("”")) {
					open = i;
				}
				continue;
			}
			closers = closersOf(text, i);
			if (!closers.isEmpty()) {
				open = i;
			}
		}
		if (open == 0 && closers.indexOf('’') < 0) {
			spans.add(new QuotedSpan(open, text.length()));
		}
		return spans;
	}

	/**
	 * Whether the paragraph's first character opens a quotation: the first quotation of a
	 * paragraph that does not can never start at its beginning.
	 */
	static boolean opensWithMark(String text) {
		return !text.isEmpty() && !closersOf(text, 0).isEmpty();
	}

	/**
	 * The index of the first character that {@link #closersOf} may take for an opening
	 * mark, or -1.
	 */
	private static int firstOpening(String text) {
		int first = -1;
		for (char mark : OPENINGS) {
			int at = text.indexOf(mark);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/**
	 * The characters that open, close or restart a quotation: " « » and ‘ ’ ‚ ‛ “ ” „
	 * (U+2018 to U+201E).
	 */
	private static boolean isMark(char c) {
		return c == '"' || c == '«' || c == '»' || (c >= '‘' && c <= '„');
	}

	/**
	 * The marks that close a quotation opened at {@code i}, or "" when the character
	 * there opens none.
	 */
	private static String closersOf(String text, int i) {
		return switch (text.charAt(i)) {
			case '“' -> "”";
			case '„' -> "“”";
			case '«' -> "»";
			case '"' -> startsWord(text, i) ? "\"" : "";
			case '”' -> startsWord(text, i) ? "”" : "";
			case '‘' -> startsWord(text, i) && !Character.isDigit(text.charAt(i + 1)) ? "’" : "";
			default -> "";
		};
	}

	/**
	 * After a space, a bracket or a dash (or at the start), and before a letter or digit:
	 * not an inch sign.
	 */
	private static boolean startsWord(String text, int i) {
		boolean before = i == 0 || " ([—–-".indexOf(text.charAt(i - 1)) >= 0;
		return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
	}

	/**
	 * A ’ followed by a letter is an apostrophe ("Iran’s", "didn’t"), not the end of a
	 * quotation.
	 */
	private static boolean closesSingle(String text, int i) {
		return i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1));
	}

}
