package org.newsexport.clean;

/**
 * Classifies a line from its own features, as jusText classifies a paragraph: link lists and symbol soup are
 * boilerplate whatever surrounds them; a short line is left to its neighbours; a longer one is running text when a
 * quarter of its words are stop words, near-good with fewer, and boilerplate when almost none are. jusText's
 * thresholds (70 and 200 characters, 30 and 32 % stop words) assume its own long stop lists; the shipped ones are
 * shorter (Snowball's), so the densities here are lower, and a line of 150 characters is already a paragraph. The
 * values were tuned on half A of the dev set (see docs/cleaning.md).
 */
final class BlockClassifier {

	/** Shorter lines are {@link BlockClass#SHORT}: their neighbours decide. */
	static final int LENGTH_LOW = 70;

	/** Longer lines with enough stop words are {@link BlockClass#GOOD} on their own. */
	static final int LENGTH_HIGH = 150;

	/** With this share of stop words a line is running text: good when long, else near-good. */
	static final double STOPWORDS_HIGH = 0.25;

	/** With this share it is near-good: its neighbours decide. */
	static final double STOPWORDS_LOW = 0.20;

	/**
	 * With this share it is still near-good, but marked {@link Feature#LOW_STOPWORD_DENSITY} (references, lists of
	 * names); below it, it is boilerplate.
	 */
	static final double STOPWORDS_BAD = 0.10;

	/** A link list has at least this many items ... */
	private static final int MIN_LINK_LIST_ITEMS = 3;

	/** ... of at most this many words each. */
	private static final int MAX_LINK_LIST_ITEM_WORDS = 5;

	/** A link decorated with an arrow is this short. */
	private static final int MAX_LINK_MARKER_WORDS = 5;

	private static final double MAX_DIGIT_SHARE = 0.5;

	private static final double MAX_SYMBOL_SHARE = 0.3;

	/**
	 * Without a stop-word list, a line of this many words (or {@link #LENGTH_LOW} characters: Chinese has no spaces)
	 * that ends like a sentence is taken for running text.
	 */
	private static final int MIN_WORDS_OF_UNLISTED_SENTENCE = 10;

	private BlockClassifier() {
	}

	static void classify(PageLine line) {
		LineFeatures features = line.features;
		if (features.separatedItems() >= MIN_LINK_LIST_ITEMS
				&& features.longestItemWords() <= MAX_LINK_LIST_ITEM_WORDS) {
			line.classify(BlockClass.BAD, Feature.LINK_LIST, true);
		}
		else if (features.linkMarker() && features.words() <= MAX_LINK_MARKER_WORDS) {
			line.classify(BlockClass.BAD, Feature.LINK_MARKER, true);
		}
		else if (features.digitShare() > MAX_DIGIT_SHARE || features.symbolShare() > MAX_SYMBOL_SHARE) {
			line.classify(BlockClass.BAD, Feature.SYMBOLS, false);
		}
		else if (features.length() < LENGTH_LOW) {
			line.classify(BlockClass.SHORT, Feature.SHORT, false);
		}
		else if (!features.languageKnown()) {
			classifyWithoutStopWords(line);
		}
		else if (features.stopWordDensity() >= STOPWORDS_HIGH) {
			line.classify(features.length() > LENGTH_HIGH ? BlockClass.GOOD : BlockClass.NEAR_GOOD, null, false);
		}
		else if (features.stopWordDensity() >= STOPWORDS_LOW) {
			line.classify(BlockClass.NEAR_GOOD, null, false);
		}
		else if (features.stopWordDensity() >= STOPWORDS_BAD) {
			line.classify(BlockClass.NEAR_GOOD, Feature.LOW_STOPWORD_DENSITY, false);
		}
		else {
			line.classify(BlockClass.BAD, Feature.LOW_STOPWORD_DENSITY, false);
		}
	}

	/**
	 * A page in a language without a list (or whose language is unclear) is never emptied for want of stop words:
	 * sentence punctuation and length stand in for them.
	 */
	private static void classifyWithoutStopWords(PageLine line) {
		LineFeatures features = line.features;
		boolean sentenceLength = features.words() >= MIN_WORDS_OF_UNLISTED_SENTENCE || features.length() >= LENGTH_LOW;
		if (features.terminalPunctuation() && sentenceLength) {
			line.classify(features.length() > LENGTH_HIGH ? BlockClass.GOOD : BlockClass.NEAR_GOOD, null, false);
		}
		else if (features.length() > LENGTH_HIGH) {
			line.classify(BlockClass.NEAR_GOOD, null, false);
		}
		else {
			line.classify(BlockClass.SHORT, Feature.SHORT, false);
		}
	}

}
