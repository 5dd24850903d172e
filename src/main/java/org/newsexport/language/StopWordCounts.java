package org.newsexport.language;

import java.util.Arrays;

/**
 * How many words a text has and how many of them are stop words of each shipped language:
 * what the cleaner needs for a line's stop-word density and the detector for a text's
 * language. Counts of lines add up to those of a page.
 */
public final class StopWordCounts {

	/** 1/n for a word in n lists: the weight of each of its hits. */
	private static final double[] WEIGHTS = new double[StopWords.LANGUAGES.size() + 1];

	static {
		for (int n = 1; n < WEIGHTS.length; n++) {
			WEIGHTS[n] = 1.0 / n;
		}
	}

	private int words;

	private int letters;

	private int lettersOfUnlistedScripts;

	private final int[] hits = new int[StopWords.LANGUAGES.size()];

	/**
	 * Each hit weighted by 1/(number of languages whose list holds the word): shared
	 * words say less.
	 */
	private final double[] weightedHits = new double[StopWords.LANGUAGES.size()];

	/** No words yet: add the counts of lines to it to get a page's. */
	public StopWordCounts() {
	}

	void addLetters(int count, int ofUnlistedScripts) {
		letters += count;
		lettersOfUnlistedScripts += ofUnlistedScripts;
	}

	void addWord(int languageMask) {
		words++;
		if (languageMask == 0) {
			return;
		}
		double weight = WEIGHTS[Integer.bitCount(languageMask)];
		for (int mask = languageMask; mask != 0; mask &= mask - 1) {
			int index = Integer.numberOfTrailingZeros(mask);
			hits[index]++;
			weightedHits[index] += weight;
		}
	}

	public void add(StopWordCounts other) {
		words += other.words;
		letters += other.letters;
		lettersOfUnlistedScripts += other.lettersOfUnlistedScripts;
		for (int i = 0; i < hits.length; i++) {
			hits[i] += other.hits[i];
			weightedHits[i] += other.weightedHits[i];
		}
	}

	/** Words: runs of letters (with their combining marks and inner apostrophes). */
	public int words() {
		return words;
	}

	/**
	 * Share of the letters in scripts that no shipped list is written in (Han,
	 * Devanagari, Thai...): a text mostly in those is in a language without a list,
	 * whatever English words it borrows.
	 */
	public double unlistedScriptShare() {
		return letters == 0 ? 0 : (double) lettersOfUnlistedScripts / letters;
	}

	/** Stop words of the language, or 0 when none is shipped for it. */
	public int hits(String language) {
		int index = StopWords.LANGUAGES.indexOf(language);
		return index < 0 ? 0 : hits[index];
	}

	int hits(int languageIndex) {
		return hits[languageIndex];
	}

	double weightedHits(int languageIndex) {
		return weightedHits[languageIndex];
	}

	@Override
	public String toString() {
		return "StopWordCounts[words=" + words + ", hits=" + Arrays.toString(hits) + "]";
	}

}
