package org.newsexport.language;

/**
 * Cuts text into words for stop-word look-ups: runs of letters with their combining marks
 * (so that Arabic or Devanagari words stay whole) and apostrophes between letters
 * ("don't"). Digits and punctuation separate words.
 * <p>
 * One pass over the characters: each character's class comes from {@link Chars}, and a
 * word's folded hash is built as it is read, so that the look-up
 * ({@link StopWords#languagesOfFolding}) compares the text's characters folded on the
 * fly, without a {@code String} per word. A word with a character whose fold depends on
 * the word (see {@link StopWords#foldedChar}) is folded as a string by
 * {@link StopWords#fold}, as every word once was.
 */
final class WordScanner {

	private static final int WORD_PART = Chars.LETTER | Chars.COMBINING_MARK;

	private WordScanner() {
	}

	static void count(CharSequence text, StopWords stopWords, StopWordCounts counts) {
		char[] chars = text.toString().toCharArray();
		count(chars, 0, chars.length, stopWords, counts);
	}

	/**
	 * Counts the words of {@code text[from, to)} into {@code counts}. A word with an
	 * apostrophe is looked up whole ("it's"), and when no list holds it, by its part
	 * before the apostrophe (the French "l'" of "l'homme").
	 */
	static void count(char[] text, int from, int to, StopWords stopWords, StopWordCounts counts) {
		int letters = 0;
		int lettersOfUnlistedScripts = 0;
		int i = from;
		while (i < to) {
			if ((Chars.of(text[i]) & WORD_PART) == 0) {
				i++;
				continue;
			}
			int start = i;
			int apostrophe = -1;
			int hash = 0;
			boolean foldsCharByChar = true;
			while (i < to) {
				char d = text[i];
				if (d >= 'a' && d <= 'z') {
					// the commonest letter: of a listed script, its own fold
					letters++;
					hash = StopWords.hashStep(hash, d);
					i++;
					continue;
				}
				int flags = Chars.of(d);
				if ((flags & WORD_PART) != 0) {
					if ((flags & Chars.LETTER) != 0) {
						letters++;
						if (!isListedScript(d)) {
							lettersOfUnlistedScripts++;
						}
					}
				}
				else if (isApostrophe(d) && i + 1 < to && (Chars.of(text[i + 1]) & Chars.LETTER) != 0) {
					apostrophe = apostrophe < 0 ? i : apostrophe;
				}
				else {
					break;
				}
				char folded = StopWords.foldedChar(d);
				foldsCharByChar &= folded != '\0';
				hash = StopWords.hashStep(hash, folded);
				i++;
			}
			int mask;
			if (foldsCharByChar) {
				// the folded word has the word's length: its part before the apostrophe
				// is that of the text
				mask = stopWords.languagesOfFolding(text, start, i, hash);
				if (mask == 0 && apostrophe >= 0) {
					mask = stopWords.languagesOfFolding(text, start, apostrophe, foldedHash(text, start, apostrophe));
				}
			}
			else {
				String word = StopWords.fold(new String(text, start, i - start));
				mask = stopWords.languagesOf(word);
				if (mask == 0 && apostrophe >= 0) {
					// folded on its own: folding drops combining dots above, so the
					// apostrophe's place in the text is not its place in the folded word
					mask = stopWords.languagesOf(StopWords.fold(new String(text, start, apostrophe - start)));
				}
			}
			counts.addWord(mask);
		}
		counts.addLetters(letters, lettersOfUnlistedScripts);
	}

	/**
	 * {@link StopWords#hash} of {@code text[from, to)} folded, each of whose characters
	 * has a fold of its own.
	 */
	private static int foldedHash(char[] text, int from, int to) {
		int hash = 0;
		for (int i = from; i < to; i++) {
			hash = StopWords.hashStep(hash, StopWords.foldedChar(text[i]));
		}
		return hash;
	}

	/**
	 * Latin, Greek, Cyrillic and Arabic: the scripts of the shipped lists (and their near
	 * neighbours).
	 */
	private static boolean isListedScript(char c) {
		return c < 0x0590 || c >= 0x0600 && c < 0x0780 || c >= 0x1E00 && c < 0x2000 || c >= 0xFB50 && c < 0xFF00;
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019' || c == '\u02BC';
	}

}
