package org.newsexport.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsexport.article.Words;
import org.newsexport.language.Chars;

/**
 * Recognises a line that repeats the headline, exactly or nearly: sites reuse the headline as image captions and
 * link texts ("Iraqis to hold rally ..." for "Iraqis hold rally ..."), and a page's {@code <title>} is the headline
 * with the site's name beside it ("Latest Amelia Earhart search falls short - CBS News" above the page's own "Latest
 * Amelia Earhart search falls short"). Lines are compared by the Jaccard similarity of their lower-cased word sets,
 * with the whole headline and with its longest part between separators (" - ", " | ", " « ", ": "...), which is the
 * headline without the site's name; the site's name alone ("Rand's Blog") is not a repeat. Only lines of about the
 * headline's length are compared, so a body paragraph that happens to share the headline's words is never taken for
 * a repeat.
 */
public final class TitleRepeat {

	/** Separators between the headline and the site's name in a page title. */
	private static final Pattern TITLE_PARTS = Pattern.compile(" [-–—|«»·:/]{1,2} |: ");

	private final Set<String> headlineWords;

	private final Set<String> mainPartWords;

	private final int maxWords;

	/** {@link CleaningSettings#minTitleSimilarity}. */
	private final double minSimilarity;

	/** With the {@linkplain CleaningSettings#DEFAULTS default} similarity. */
	public TitleRepeat(String headline) {
		this(headline, CleaningSettings.DEFAULTS.minTitleSimilarity());
	}

	/** @param minSimilarity {@link CleaningSettings#minTitleSimilarity} */
	TitleRepeat(String headline, double minSimilarity) {
		this.minSimilarity = minSimilarity;
		this.headlineWords = wordSet(headline);
		this.mainPartWords = wordSet(longestPart(headline));
		this.maxWords = 2 * Words.count(headline);
	}

	public boolean isRepeatedBy(String line) {
		return isRepeatedBy(line, line.toCharArray(), 0, Words.count(line));
	}

	/**
	 * {@link #isRepeatedBy(String)} of a line of {@code words} words ({@link Words#count}) whose characters are also
	 * in {@code chars} from index {@code start} (a buffer that may hold more).
	 */
	boolean isRepeatedBy(String line, char[] chars, int start, int words) {
		if (words > maxWords) {
			return false;
		}
		int runs = runsOfLettersOrDigits(chars, start, start + line.length());
		if (!mayReach(runs, headlineWords.size()) && !mayReach(runs, mainPartWords.size())) {
			return false;
		}
		Set<String> lineWords = wordSet(line);
		return similarity(lineWords, headlineWords) >= minSimilarity
				|| similarity(lineWords, mainPartWords) >= minSimilarity;
	}

	private static String longestPart(String headline) {
		String longest = "";
		for (String part : TITLE_PARTS.split(headline)) {
			if (part.length() > longest.length()) {
				longest = part;
			}
		}
		return longest;
	}

	/**
	 * Whether a line of {@code runs} runs of letters or digits (so at most that many distinct words) may be similar
	 * enough to a set of {@code size} words: they share at most {@code runs} words and their union has at least
	 * {@code size}, so the similarity is at most runs / size (and 0 for an empty set). A line too short for that is
	 * no repeat, whatever its words, and needs no word set.
	 */
	private boolean mayReach(int runs, int size) {
		return size > 0 && (double) runs / size >= minSimilarity;
	}

	/** The number of words {@link #wordSet} cuts the text into, repeats included. */
	private static int runsOfLettersOrDigits(char[] text, int from, int to) {
		int runs = 0;
		boolean inRun = false;
		for (int i = from; i < to; i++) {
			boolean wordChar = Chars.is(text[i], Chars.LETTER_OR_DIGIT);
			runs += wordChar && !inRun ? 1 : 0;
			inRun = wordChar;
		}
		return runs;
	}

	private static double similarity(Set<String> a, Set<String> b) {
		int shared = 0;
		for (String word : a) {
			if (b.contains(word)) {
				shared++;
			}
		}
		int union = a.size() + b.size() - shared;
		return union == 0 ? 0 : (double) shared / union;
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
