package org.newsexport.clean;

/**
 * Classifies a line from its own features, as jusText classifies a paragraph: link lists
 * and symbol soup are boilerplate whatever surrounds them; a short line is left to its
 * neighbours; a longer one is running text when a quarter of its words are stop words,
 * near-good with fewer, and boilerplate when almost none are. jusText's thresholds (70
 * and 200 characters, 30 and 32 % stop words) assume its own long stop lists; the shipped
 * ones are shorter (Snowball's), so the densities here are lower, and a line of 150
 * characters is already a paragraph. The values were tuned on half A of the dev set (see
 * docs/cleaning.md); they are in {@link CleaningSettings}.
 */
final class BlockClassifier {

	private BlockClassifier() {
	}

	static void classify(PageLine line, CleaningSettings settings) {
		LineFeatures features = line.features;
		if (features.separatedItems() >= settings.minLinkListItems()
				&& features.longestItemWords() <= settings.maxLinkListItemWords()) {
			line.classify(BlockClass.BAD, Feature.LINK_LIST, true);
		}
		else if (features.linkMarker() && features.words() <= settings.maxLinkMarkerWords()) {
			line.classify(BlockClass.BAD, Feature.LINK_MARKER, true);
		}
		else if (features.digitShare() > settings.maxDigitShare()
				|| features.symbolShare() > settings.maxSymbolShare()) {
			line.classify(BlockClass.BAD, Feature.SYMBOLS, false);
		}
		else if (features.length() < settings.shortLineLength()) {
			line.classify(BlockClass.SHORT, Feature.SHORT, false);
		}
		else if (!features.languageKnown()) {
			classifyWithoutStopWords(line, settings);
		}
		else if (features.stopWordDensity() >= settings.goodStopWordDensity()) {
			line.classify(features.length() > settings.paragraphLength() ? BlockClass.GOOD : BlockClass.NEAR_GOOD, null,
					false);
		}
		else if (features.stopWordDensity() >= settings.nearGoodStopWordDensity()) {
			line.classify(BlockClass.NEAR_GOOD, null, false);
		}
		else if (features.stopWordDensity() >= settings.lowStopWordDensity()) {
			line.classify(BlockClass.NEAR_GOOD, Feature.LOW_STOPWORD_DENSITY, false);
		}
		else {
			line.classify(BlockClass.BAD, Feature.LOW_STOPWORD_DENSITY, false);
		}
	}

	/**
	 * A page in a language without a list (or whose language is unclear) is never emptied
	 * for want of stop words: sentence punctuation and length stand in for them.
	 */
	private static void classifyWithoutStopWords(PageLine line, CleaningSettings settings) {
		LineFeatures features = line.features;
		boolean sentenceLength = features.words() >= settings.minWordsOfUnlistedSentence()
				|| features.length() >= settings.shortLineLength();
		if (features.terminalPunctuation() && sentenceLength) {
			line.classify(features.length() > settings.paragraphLength() ? BlockClass.GOOD : BlockClass.NEAR_GOOD, null,
					false);
		}
		else if (features.length() > settings.paragraphLength()) {
			line.classify(BlockClass.NEAR_GOOD, null, false);
		}
		else {
			line.classify(BlockClass.SHORT, Feature.SHORT, false);
		}
	}

}
