package org.newsexport.extract;

/**
 * Where sentences start in a paragraph: after a full stop, question or exclamation mark
 * (and maybe a closing quote) and a space. A full stop that ends an abbreviation ("U.S.",
 * "Gen.", "Jan.") ends no sentence.
 */
final class Sentences {

	/**
	 * Abbreviations are short: a capitalised word of this many letters or fewer before a
	 * full stop is one.
	 */
	private static final int MAX_ABBREVIATION_LETTERS = 3;

	/**
	 * Longer runs without a space are no words (URLs, symbols): word scans stop there, so
	 * no scan is quadratic.
	 */
	private static final int MAX_WORD_LENGTH = 64;

	private Sentences() {
	}

	/**
	 * The start of the word that ends at {@code end}: after the space before it, or
	 * {@code from}; -1 if too long.
	 */
	static int startOfWord(String text, int from, int end) {
		int limit = Math.max(from, end - MAX_WORD_LENGTH);
		for (int i = end - 1; i >= limit; i--) {
			if (text.charAt(i) == ' ') {
				return i + 1;
			}
		}
		return limit == from ? from : -1;
	}

	/**
	 * The end of the word that starts at {@code start}: the next space, or {@code to}; -1
	 * if too long.
	 */
	static int endOfWord(String text, int start, int to) {
		int limit = Math.min(to, start + MAX_WORD_LENGTH);
		for (int i = start; i < limit; i++) {
			if (text.charAt(i) == ' ') {
				return i;
			}
		}
		return limit == to ? to : -1;
	}

	/**
	 * The start of the last sentence that starts in {@code [from, to)}, or {@code from}.
	 */
	static int startOfLast(String text, int from, int to) {
		for (int space = to - 1; space > from; space--) {
			if (text.charAt(space) != ' ') {
				continue;
			}
			int mark = space - 1;
			if (mark > from && "”’\"".indexOf(text.charAt(mark)) >= 0) {
				mark--;
			}
			char c = text.charAt(mark);
			if (c == '!' || c == '?' || (c == '.' && !endsAbbreviation(text, from, mark))) {
				return space + 1;
			}
		}
		return from;
	}

	private static boolean endsAbbreviation(String text, int from, int fullStop) {
		int start = startOfWord(text, from, fullStop);
		if (start < 0) {
			return false;
		}
		String word = text.substring(start, fullStop);
		return word.indexOf('.') >= 0 || word.length() == 1 || (!word.isEmpty()
				&& word.length() <= MAX_ABBREVIATION_LETTERS && Character.isUpperCase(word.charAt(0)));
	}

}
