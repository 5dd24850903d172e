package org.newsexport.language;

/**
 * Tells the language of a text from its stop words: the shipped list that holds the most
 * of its words wins, when it wins clearly. Words that several lists share (Spanish and
 * Portuguese "de", "que") count for each of them in proportion, so the words only one
 * language has decide between close languages. Returns {@code null} when unsure: too few
 * stop words (a menu, a list of names), a language without a list (Chinese, Hindi: then
 * hardly any word is a stop word of the shipped lists), or two languages too close to
 * call. Thread-safe.
 */
public final class LanguageDetector {

	/** Fewer stop words than this say nothing about the language. */
	private static final int MIN_HITS = 3;

	/**
	 * Running text of a language with a list has at least this share of stop words;
	 * borrowed words stay below.
	 */
	private static final double MIN_HIT_SHARE = 0.12;

	/** The winner's weighted hits must be this many times the runner-up's. */
	private static final double MIN_LEAD = 1.5;

	/**
	 * A text with more of its letters in scripts without a list is in a language without
	 * one.
	 */
	private static final double MAX_UNLISTED_SCRIPT_SHARE = 0.5;

	private final StopWords stopWords;

	public LanguageDetector() {
		this(StopWords.shipped());
	}

	public LanguageDetector(StopWords stopWords) {
		this.stopWords = stopWords;
	}

	/** The ISO 639-1 code of the text's language, or {@code null} when unsure. */
	public String detect(CharSequence text) {
		return decide(stopWords.count(text));
	}

	/**
	 * The language of a text whose words were already counted, or {@code null} when
	 * unsure.
	 */
	public String decide(StopWordCounts counts) {
		if (counts.unlistedScriptShare() > MAX_UNLISTED_SCRIPT_SHARE) {
			return null;
		}
		int best = -1;
		int second = -1;
		for (int i = 0; i < StopWords.LANGUAGES.size(); i++) {
			if (best < 0 || counts.weightedHits(i) > counts.weightedHits(best)) {
				second = best;
				best = i;
			}
			else if (second < 0 || counts.weightedHits(i) > counts.weightedHits(second)) {
				second = i;
			}
		}
		int hits = counts.hits(best);
		if (hits < MIN_HITS || hits < MIN_HIT_SHARE * counts.words()
				|| counts.weightedHits(best) < MIN_LEAD * counts.weightedHits(second)) {
			return null;
		}
		return StopWords.LANGUAGES.get(best);
	}

}
