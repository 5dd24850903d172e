package org.newsexport.clean;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsexport.article.Words;
import org.newsexport.language.Chars;

/**
 * Recognises a line that repeats the headline, exactly or nearly: sites reuse the
 * headline as image captions and link texts ("Iraqis to hold rally ..." for "Iraqis hold
 * rally ..."), and a page's {@code <title>} is the headline with the site's name beside
 * it ("Latest Amelia Earhart search falls short - CBS News" above the page's own "Latest
 * Amelia Earhart search falls short"). Lines are compared by the Jaccard similarity of
 * their lower-cased word sets, with the whole headline and with its longest part between
 * separators (" - ", " | ", " « ", ": "...), which is the headline without the site's
 * name; the site's name alone ("Rand's Blog") is not a repeat. Only lines of about the
 * headline's length are compared, so a body paragraph that happens to share the
 * headline's words is never taken for a repeat.
 */
public final class TitleRepeat {

	/** Separators between the headline and the site's name in a page title. */
	private static final Pattern TITLE_PARTS = Pattern.compile(" [-–—|«»·:/]{1,2} |: ");

	private final Set<String> headlineWords;

	private final Set<String> mainPartWords;

	/**
	 * The ASCII words of each set: the only ones a word of an ASCII line can equal
	 * ({@link #isRepeatedByAscii}).
	 */
	private final String[] headlineAscii;

	private final String[] mainPartAscii;

	private final int maxWords;

	/** {@link CleaningSettings#minTitleSimilarity}. */
	private final double minSimilarity;

	/** With the {@linkplain CleaningSettings#DEFAULTS default} similarity. */
	public TitleRepeat(String headline) {
		this(headline, CleaningSettings.DEFAULTS.minTitleSimilarity());
	}

	/**
	 * @param minSimilarity {@link CleaningSettings#minTitleSimilarity}
	 */
	TitleRepeat(String headline, double minSimilarity) {
		this.minSimilarity = minSimilarity;
		this.headlineWords = wordSet(headline);
		this.mainPartWords = wordSet(longestPart(headline));
		this.headlineAscii = ascii(headlineWords);
		this.mainPartAscii = ascii(mainPartWords);
		this.maxWords = 2 * Words.count(headline);
	}

	public boolean isRepeatedBy(String line) {
		return isRepeatedBy(line, line.toCharArray(), 0, Words.count(line));
	}

	/**
	 * {@link #isRepeatedBy(String)} of a line of {@code words} words
	 * ({@link Words#count}) whose characters are also in {@code chars} from index
	 * {@code start} (a buffer that may hold more).
	 */
	boolean isRepeatedBy(String line, char[] chars, int start, int words) {
		if (words > maxWords) {
			return false;
		}
		int runs = runsOfLettersOrDigits(chars, start, start + line.length());
		if (!mayReach(runs, headlineWords.size()) && !mayReach(runs, mainPartWords.size())) {
			return false;
		}
		int end = start + line.length();
		if (isAscii(chars, start, end)) {
			return isRepeatedByAscii(chars, start, end, runs);
		}
		Set<String> lineWords = wordSet(line);
		return similarity(lineWords, headlineWords) >= minSimilarity
				|| similarity(lineWords, mainPartWords) >= minSimilarity;
	}

	private static boolean isAscii(char[] text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text[i] >= 128) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The test of {@link #isRepeatedBy(String, char[], int, int)} for a line of ASCII
	 * characters, without its word set (a string per word, most lines of most pages): its
	 * words, the {@code runs} runs of ASCII letters and digits, compared in place,
	 * ignoring case as {@link #wordSet} lower-cases them. The same similarities, so the
	 * same answer.
	 */
	private boolean isRepeatedByAscii(char[] text, int from, int to, int runs) {
		int[] starts = new int[runs];
		int[] ends = new int[runs];
		int run = 0;
		for (int i = from; i < to; i++) {
			if (Chars.is(text[i], Chars.LETTER_OR_DIGIT)) {
				int start = i;
				while (i < to && Chars.is(text[i], Chars.LETTER_OR_DIGIT)) {
					i++;
				}
				starts[run] = start;
				ends[run++] = i;
			}
		}
		int distinct = 0;
		int sharedWithHeadline = 0;
		int sharedWithMainPart = 0;
		for (int k = 0; k < runs; k++) {
			if (repeatsEarlierRun(text, starts, ends, k)) {
				continue;
			}
			distinct++;
			sharedWithHeadline += isAmong(headlineAscii, text, starts[k], ends[k]) ? 1 : 0;
			sharedWithMainPart += isAmong(mainPartAscii, text, starts[k], ends[k]) ? 1 : 0;
			if (!mayStillReach(distinct - sharedWithHeadline, headlineWords.size())
					&& !mayStillReach(distinct - sharedWithMainPart, mainPartWords.size())) {
				return false;
			}
		}
		return similarity(sharedWithHeadline, distinct, headlineWords.size()) >= minSimilarity
				|| similarity(sharedWithMainPart, distinct, mainPartWords.size()) >= minSimilarity;
	}

	/**
	 * Whether a line with {@code misses} distinct words outside a set of {@code size}
	 * words (and maybe more to come) may still be similar enough to it: the similarity is
	 * at most size / (size + misses), which only falls as misses come, so a line past it
	 * is no repeat, whatever its other words.
	 */
	private boolean mayStillReach(int misses, int size) {
		return similarity(size, size + misses, size) >= minSimilarity;
	}

	private static boolean repeatsEarlierRun(char[] text, int[] starts, int[] ends, int k) {
		for (int j = 0; j < k; j++) {
			if (ends[j] - starts[j] == ends[k] - starts[k]
					&& equalsIgnoringAsciiCase(text, starts[j], text, starts[k], ends[k] - starts[k])) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAmong(String[] words, char[] text, int from, int to) {
		for (String word : words) {
			if (word.length() == to - from && equalsLowerCased(text, from, word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean equalsIgnoringAsciiCase(char[] a, int aFrom, char[] b, int bFrom, int length) {
		for (int k = 0; k < length; k++) {
			if (lower(a[aFrom + k]) != lower(b[bFrom + k])) {
				return false;
			}
		}
		return true;
	}

	/** The ASCII text equals the lower-cased word. */
	private static boolean equalsLowerCased(char[] text, int from, String word) {
		for (int k = 0; k < word.length(); k++) {
			if (lower(text[from + k]) != word.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static char lower(char asciiChar) {
		return asciiChar >= 'A' && asciiChar <= 'Z' ? (char) (asciiChar + ('a' - 'A')) : asciiChar;
	}

	private static String[] ascii(Set<String> words) {
		String[] ascii = new String[words.size()];
		int count = 0;
		for (String word : words) {
			if (isAscii(word)) {
				ascii[count++] = word;
			}
		}
		return count == ascii.length ? ascii : Arrays.copyOf(ascii, count);
	}

	private static boolean isAscii(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
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
	 * Whether a line of {@code runs} runs of letters or digits (so at most that many
	 * distinct words) may be similar enough to a set of {@code size} words: they share at
	 * most {@code runs} words and their union has at least {@code size}, so the
	 * similarity is at most runs / size (and 0 for an empty set). A line too short for
	 * that is no repeat, whatever its words, and needs no word set.
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
		return similarity(shared, a.size(), b.size());
	}

	/**
	 * The Jaccard similarity of two sets of {@code a} and {@code b} words that share
	 * {@code shared}.
	 */
	private static double similarity(int shared, int a, int b) {
		int union = a + b - shared;
		return union == 0 ? 0 : (double) shared / union;
	}

	/**
	 * Lower-cased runs of letters and digits; punctuation such as "(+VIDEOS)" or "Iraq's"
	 * does not matter.
	 */
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
