package org.newsexport.article;

/** Word counting shared by every dataset, so that counts agree between them. */
public final class Words {

	private Words() {
	}

	/** Counts white-space separated tokens that hold at least one letter or digit. */
	public static int count(CharSequence text) {
		int words = 0;
		boolean inToken = false;
		boolean tokenHasWordChar = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				if (inToken && tokenHasWordChar) {
					words++;
				}
				inToken = false;
				tokenHasWordChar = false;
			}
			else {
				inToken = true;
				tokenHasWordChar |= Character.isLetterOrDigit(c);
			}
		}
		if (inToken && tokenHasWordChar) {
			words++;
		}
		return words;
	}

}
