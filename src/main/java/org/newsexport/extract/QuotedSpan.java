package org.newsexport.extract;

/**
 * Where a quotation sits in a paragraph.
 *
 * @param open the index of the opening mark
 * @param close the index of the closing mark, or the paragraph's length when the
 * quotation runs on unclosed to the end of the paragraph (a quotation that goes on in the
 * next paragraph is closed only there)
 */
record QuotedSpan(int open, int close) {

	/** The quoted words without the marks, white space trimmed. */
	String content(String paragraph) {
		return paragraph.substring(open + 1, close).strip();
	}

	/** The index just after the closing mark. */
	int end(String paragraph) {
		return Math.min(close + 1, paragraph.length());
	}

}
