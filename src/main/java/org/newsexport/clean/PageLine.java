package org.newsexport.clean;

import org.newsexport.language.Chars;
import org.newsexport.language.StopWordCounts;

/**
 * One non-blank line of a page while it is being cleaned: what it is, and what has been
 * decided about it.
 */
final class PageLine {

	final NormalizedLine line;

	/**
	 * A blank line (or the start of the text) comes before it: it opens a block of the
	 * page's layout.
	 */
	final boolean opensBlock;

	final StopWordCounts stopWordCounts;

	private final boolean wordless;

	/**
	 * The line's characters, from {@link #start} on, for the scans of the cleaner without
	 * a copy per line: see {@link TextNormalizer#scan}. Not to be changed.
	 */
	final char[] chars;

	final int start;

	/** The rule of the rules file that matched it, or {@code null}. */
	CleaningRule rule;

	LineFeatures features;

	BlockClass initialClass;

	BlockClass blockClass;

	/** Why the line is boilerplate when it is; {@code null} while it is not. */
	Feature reason;

	/**
	 * The classes of the features alone can not be changed by the context: a link list
	 * stays a link list.
	 */
	boolean decided;

	PageLine(NormalizedLine line, boolean opensBlock, StopWordCounts stopWordCounts) {
		this(line, opensBlock, stopWordCounts, line.text().toCharArray(), 0);
	}

	PageLine(NormalizedLine line, boolean opensBlock, StopWordCounts stopWordCounts, char[] chars, int start) {
		this.line = line;
		this.opensBlock = opensBlock;
		this.stopWordCounts = stopWordCounts;
		this.wordless = !hasLetter(line.text());
		this.chars = chars;
		this.start = start;
	}

	/**
	 * Whether a code point of the text is a letter (most lines have one in their first
	 * characters).
	 */
	private static boolean hasLetter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Chars.is(c, Chars.LETTER) || Character.isSurrogate(c) && Character.isLetter(text.codePointAt(i))) {
				return true;
			}
		}
		return false;
	}

	String text() {
		return line.text();
	}

	int number() {
		return line.number();
	}

	/** No letter at all: a bullet, a rule, a list number ("1."), a price or a score. */
	boolean isWordless() {
		return wordless;
	}

	boolean isGood() {
		return blockClass == BlockClass.GOOD;
	}

	void classify(BlockClass blockClass, Feature reason, boolean decided) {
		this.initialClass = blockClass;
		this.blockClass = blockClass;
		this.reason = reason;
		this.decided = decided;
	}

}
