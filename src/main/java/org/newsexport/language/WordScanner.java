package org.newsexport.language;

/**
 * Cuts text into words for stop-word look-ups: runs of letters with their combining marks (so that Arabic or
 * Devanagari words stay whole) and apostrophes between letters ("don't"). Digits and punctuation separate words.
 */
final class WordScanner {

	private WordScanner() {
	}

	/**
	 * Counts the words of the text into {@code counts}. A word with an apostrophe is looked up whole ("it's"), and
	 * when no list holds it, by its part before the apostrophe (the French "l'" of "l'homme").
	 */
	static void count(CharSequence text, StopWords stopWords, StopWordCounts counts) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (!isWordPart(c)) {
				i++;
				continue;
			}
			int start = i;
			int apostrophe = -1;
			while (i < length) {
				char d = text.charAt(i);
				if (isWordPart(d)) {
					i++;
				}
				else if (isApostrophe(d) && i + 1 < length && Character.isLetter(text.charAt(i + 1))) {
					if (apostrophe < 0) {
						apostrophe = i;
					}
					i++;
				}
				else {
					break;
				}
			}
			for (int j = start; j < i; j++) {
				char letter = text.charAt(j);
				if (Character.isLetter(letter)) {
					counts.addLetter(isListedScript(letter));
				}
			}
			String word = StopWords.fold(text.subSequence(start, i).toString());
			int mask = stopWords.languagesOf(word);
			if (mask == 0 && apostrophe > 0) {
				mask = stopWords.languagesOf(word.substring(0, apostrophe - start));
			}
			counts.addWord(mask);
		}
	}

	private static boolean isWordPart(char c) {
		if (Character.isLetter(c)) {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	/** Latin, Greek, Cyrillic and Arabic: the scripts of the shipped lists (and their near neighbours). */
	private static boolean isListedScript(char c) {
		return c < 0x0590 || c >= 0x0600 && c < 0x0780 || c >= 0x1E00 && c < 0x2000 || c >= 0xFB50 && c < 0xFF00;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019' || c == '\u02BC';
	}

}
