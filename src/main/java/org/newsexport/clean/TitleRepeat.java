package org.newsexport.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.newsexport.article.Words;

/**
 * Recognises a body line that repeats the headline, exactly or nearly: sites reuse the headline as image captions
 * and link texts ("Iraqis to hold rally ..." for "Iraqis hold rally ..."). Lines are compared by the Jaccard
 * similarity of their lower-cased word sets, and only lines of about the headline's length are compared, so a body
 * paragraph that happens to share the headline's words is never taken for a repeat.
 */
final class TitleRepeat {

	static final String RULE_NAME = "title-repeat";

	private static final double MIN_SIMILARITY = 0.8;

	private final Set<String> headlineWords;

	private final int maxWords;

	TitleRepeat(String headline) {
		this.headlineWords = wordSet(headline);
		this.maxWords = 2 * Words.count(headline);
	}

	boolean isRepeatedBy(String line) {
		if (Words.count(line) > maxWords) {
			return false;
		}
		Set<String> lineWords = wordSet(line);
		int shared = 0;
		for (String word : lineWords) {
			if (headlineWords.contains(word)) {
				shared++;
			}
		}
		int union = headlineWords.size() + lineWords.size() - shared;
		return union > 0 && shared >= MIN_SIMILARITY * union;
	}

	/** Lower-cased runs of letters and digits; punctuation such as "(+VIDEOS)" or "Iraq's" does not matter. */
	static Set<String> wordSet(String text) {
		Set<String> words = new HashSet<>();
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
			if (wordChar && start < 0) {
				start = i;
			}
			else if (!wordChar && start >= 0) {
				words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
				start = -1;
			}
		}
		return words;
	}

}
