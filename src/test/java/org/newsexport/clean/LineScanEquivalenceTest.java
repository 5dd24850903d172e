package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsexport.hash.Hashes;
import org.junit.jupiter.api.Test;
import org.newsexport.article.Words;
import org.newsexport.language.StopWordCounts;
import org.newsexport.language.StopWords;
import org.newsexport.support.NastyText;

/**
 * The per-line scans of the cleaner work on char arrays with table look-ups and share one
 * pass between several measures: each must give exactly what the plain scan it replaced
 * gave (kept here as the reference), on random lines made of the characters that the fast
 * paths treat apart.
 */
class LineScanEquivalenceTest {

	private static final int LINES = 30_000;

	private final NastyText random = new NastyText(7);

	@Test
	void wordCountsAsThePlainScan() {
		for (int n = 0; n < LINES; n++) {
			String line = random.line(30);
			int expected = plainWordCount(line);
			assertThat(Words.count(line)).as(line).isEqualTo(expected);
			assertThat(Words.count(new StringBuilder(line))).as(line).isEqualTo(expected);
			assertThat(Words.count(("x " + line + " x").toCharArray(), 2, 2 + line.length())).as(line)
				.isEqualTo(expected);
		}
	}

	@Test
	void lineFeaturesAsThePlainScan() {
		for (int n = 0; n < LINES; n++) {
			String line = random.line(30);
			StopWordCounts counts = StopWords.shipped().count(line);
			for (String language : new String[] { "en", "fr", null }) {
				LineFeatures expected = plainFeatures(line, counts, language);
				assertThat(LineFeatures.of(line, counts, language)).as(line).isEqualTo(expected);
				char[] buffer = ("a / " + line + "x|> y").toCharArray();
				assertThat(LineFeatures.of(line, buffer, 4, counts, language)).as(line).isEqualTo(expected);
			}
		}
	}

	@Test
	void fingerprintsAsThePlainScan() {
		for (int n = 0; n < LINES; n++) {
			String line = random.line(30);
			long expected = plainFingerprint(line);
			assertThat(LineFingerprint.of(line)).as(line).isEqualTo(expected);
			assertThat(LineFingerprint.of(("a " + line + " b").toCharArray(), 2, 2 + line.length())).as(line)
				.isEqualTo(expected);
		}
	}

	@Test
	void normalizesAsThePlainScan() {
		TextNormalizer normalizer = new TextNormalizer();
		for (int n = 0; n < LINES / 10; n++) {
			String text = random.text(12, 12);
			assertThat(normalizer.lines(text)).as(text).isEqualTo(plainLines(text));
		}
	}

	@Test
	void wordlessAsThePlainScan() {
		for (int n = 0; n < LINES; n++) {
			String line = random.line(4);
			PageLine pageLine = new PageLine(new NormalizedLine(1, line, line), true, null);
			assertThat(pageLine.isWordless()).as(line).isEqualTo(line.codePoints().noneMatch(Character::isLetter));
		}
	}

	@Test
	void titleRepeatsAsThePlainComparison() {
		for (int n = 0; n < LINES / 10; n++) {
			String headline = random.line(12);
			TitleRepeat repeat = new TitleRepeat(headline);
			for (int k = 0; k < 10; k++) {
				String line = k % 2 == 0 ? random.line(20) : variant(headline);
				assertThat(repeat.isRepeatedBy(line, ("x y " + line + "a b").toCharArray(), 4, Words.count(line)))
					.as(headline + " / " + line)
					.isEqualTo(plainIsRepeatedBy(headline, line));
			}
		}
	}

	/**
	 * ASCII lines, most lines of most pages, are compared without a word set: headlines
	 * of a few words, some of them twice, in any case, beside a site's name, and lines
	 * that repeat them with a word dropped, added or changed.
	 */
	@Test
	void titleRepeatsOfAsciiLinesAsThePlainComparison() {
		java.util.Random ascii = new java.util.Random(11);
		String[] words = { "iraqis", "hold", "rally", "in", "US", "crimes", "it's", "2020", "A", "a", "news", "CBS",
				"x1" };
		String[] joins = { " ", " ", " - ", " | ", ": ", "'", ", ", " (" };
		int repeats = 0;
		for (int n = 0; n < LINES; n++) {
			String headline = asciiLine(ascii, words, joins, 1 + ascii.nextInt(8));
			String line = switch (ascii.nextInt(4)) {
				case 0 -> asciiLine(ascii, words, joins, 1 + ascii.nextInt(10));
				case 1 -> headline.toUpperCase(Locale.ROOT);
				case 2 -> headline + " " + words[ascii.nextInt(words.length)];
				default -> headline.substring(0, ascii.nextInt(headline.length() + 1));
			};
			boolean expected = plainIsRepeatedBy(headline, line);
			repeats += expected ? 1 : 0;
			assertThat(new TitleRepeat(headline).isRepeatedBy(line, ("x y " + line + "a b").toCharArray(), 4,
					Words.count(line)))
				.as(headline + " / " + line)
				.isEqualTo(expected);
		}
		assertThat(repeats).as("repeats among the lines").isGreaterThan(LINES / 10);
	}

	private static String asciiLine(java.util.Random random, String[] words, String[] joins, int length) {
		StringBuilder line = new StringBuilder();
		for (int k = 0; k < length; k++) {
			String word = words[random.nextInt(words.length)];
			line.append(random.nextInt(3) == 0 ? word.toUpperCase(Locale.ROOT) : word);
			if (k + 1 < length) {
				line.append(joins[random.nextInt(joins.length)]);
			}
		}
		return line.toString();
	}

	@Test
	void lineEndsAsThePlainSearchForClosers() {
		for (int n = 0; n < LINES; n++) {
			String line = random.line(6)
					+ List.of("", "\"", "'", ")", "]", " ", "”", "»", "」", ".)", "U.S.\"").get(n % 11);
			char mark = plainFinalMark(line);
			assertThat(LineShape.endsWithTerminalPunctuation(line)).as(line).isEqualTo(".!?…。！？؟।".indexOf(mark) >= 0);
			assertThat(LineShape.endsLikeSentence(line)).as(line).isEqualTo(".!?:;,…".indexOf(mark) >= 0);
		}
	}

	@Test
	void scannedLinesHandTheirOwnCharacters() {
		TextNormalizer normalizer = new TextNormalizer();
		for (int n = 0; n < LINES / 10; n++) {
			String text = random.text(12, 12);
			List<NormalizedLine> expected = plainLines(text);
			List<String> scanned = new ArrayList<>();
			normalizer.scan(text, (line, chars, start) -> {
				scanned.add(new String(chars, start, line.text().length()));
				assertThat(line).isEqualTo(expected.get(line.number() - 1));
			});
			assertThat(scanned).as(text).isEqualTo(expected.stream().map(NormalizedLine::text).toList());
		}
	}

	/**
	 * The headline with a piece or two left out or added, in another case: a line near
	 * the headline.
	 */
	private String variant(String headline) {
		String line = random.nextInt(2) == 0 ? headline.toUpperCase(Locale.ROOT) : headline;
		int cut = random.nextInt(line.length() + 1);
		return line.substring(0, cut) + random.line(2)
				+ line.substring(Math.min(line.length(), cut + random.nextInt(4)));
	}

	// The plain scans, as they were before the fast paths.

	private static char plainFinalMark(String text) {
		int end = text.length() - 1;
		while (end >= 0 && ("\"'”’»)]」』".indexOf(text.charAt(end)) >= 0 || text.charAt(end) == ' ')) {
			end--;
		}
		if (end < 0) {
			return ' ';
		}
		char last = text.charAt(end);
		if (last == '.') {
			for (int i = end - 1; i >= 0 && text.charAt(i) != ' '; i--) {
				if (text.charAt(i) == '.') {
					return Character.isLetter(text.charAt(i + 1)) ? ' ' : last;
				}
			}
		}
		return last;
	}

	private static int plainWordCount(CharSequence text) {
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

	private static LineFeatures plainFeatures(String text, StopWordCounts counts, String language) {
		int letters = 0;
		int marks = 0;
		int wideChars = 0;
		int digits = 0;
		int capitalisedWords = 0;
		int items = 1;
		int itemWords = 0;
		int longestItemWords = 0;
		boolean wordStart = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int type = Character.getType(c);
			if (Character.isLetter(c)) {
				letters++;
				if (c >= '\u2E80' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7AF'
						|| c >= '\uF900' && c <= '\uFAFF') {
					wideChars++;
				}
			}
			else if (Character.isDigit(c)) {
				digits++;
			}
			else if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
					|| type == Character.ENCLOSING_MARK) {
				marks++;
			}
			if (c == ' ') {
				wordStart = true;
				continue;
			}
			boolean separator = "|·•»›▸◦‣".indexOf(c) >= 0 || (c == '/' || c == '>') && i > 0 && i + 1 < text.length()
					&& text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
			if (separator) {
				if (itemWords > 0) {
					items++;
				}
				longestItemWords = Math.max(longestItemWords, itemWords);
				itemWords = 0;
				wordStart = true;
				continue;
			}
			if (wordStart && Character.isLetterOrDigit(c)) {
				itemWords++;
				if (Character.isUpperCase(c) || Character.isDigit(c)) {
					capitalisedWords++;
				}
				wordStart = false;
			}
			else if (wordStart && !Character.isLetterOrDigit(c)) {
				continue;
			}
			wordStart = false;
		}
		longestItemWords = Math.max(longestItemWords, itemWords);
		if (itemWords == 0 && items > 1) {
			items--;
		}
		int stopWords = language == null ? -1 : counts.hits(language);
		boolean linkMarker = !text.isEmpty()
				&& ("«‹←<".indexOf(text.charAt(0)) >= 0 || "»›→>".indexOf(text.charAt(text.length() - 1)) >= 0);
		return new LineFeatures(text.length(), wideChars, plainWordCount(text), counts.words(), stopWords,
				letters + marks, digits, capitalisedWords, LineShape.endsWithTerminalPunctuation(text), items,
				longestItemWords, linkMarker);
	}

	private static long plainFingerprint(CharSequence text) {
		long hash = 0xcbf29ce484222325L;
		boolean letters = false;
		boolean pendingSpace = false;
		boolean started = false;
		boolean previousDigit = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int normalized;
			if (Character.isLetter(c)) {
				normalized = Character.toLowerCase(c);
				letters = true;
				previousDigit = false;
			}
			else if (Character.isDigit(c)) {
				if (previousDigit) {
					continue;
				}
				normalized = '0';
				previousDigit = true;
			}
			else {
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					pendingSpace = started;
					previousDigit = false;
				}
				continue;
			}
			if (pendingSpace) {
				hash = (hash ^ ' ') * 0x100000001b3L;
				pendingSpace = false;
			}
			hash = (hash ^ normalized) * 0x100000001b3L;
			started = true;
		}
		if (!letters) {
			return LineFingerprint.NONE;
		}
		long mixed = Hashes.mix(hash);
		return mixed == LineFingerprint.NONE ? 1 : mixed;
	}

	private static List<NormalizedLine> plainLines(String text) {
		List<NormalizedLine> lines = new ArrayList<>();
		int start = 0;
		int number = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(plainLine(number++, text, start, i));
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(plainLine(number, text, start, text.length()));
		}
		return lines;
	}

	private static NormalizedLine plainLine(int number, String text, int start, int end) {
		StringBuilder out = new StringBuilder(end - start);
		boolean pendingSpace = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				pendingSpace = out.length() > 0;
				continue;
			}
			if (pendingSpace) {
				out.append(' ');
				pendingSpace = false;
			}
			out.append(c);
		}
		String normalized = out.toString();
		int i = 0;
		while (i < normalized.length()
				&& ("•·▪◦‣●■▸►".indexOf(normalized.charAt(i)) >= 0 || normalized.charAt(i) == ' ')) {
			i++;
		}
		return new NormalizedLine(number, normalized, normalized.substring(i));
	}

	/**
	 * The comparison without the count of runs that spares short lines their word sets.
	 */
	private static boolean plainIsRepeatedBy(String headline, String line) {
		if (plainWordCount(line) > 2 * plainWordCount(headline)) {
			return false;
		}
		String longest = "";
		for (String part : Pattern.compile(" [-–—|«»·:/]{1,2} |: ").split(headline)) {
			if (part.length() > longest.length()) {
				longest = part;
			}
		}
		Set<String> lineWords = TitleRepeat.wordSet(line);
		return similarity(lineWords, TitleRepeat.wordSet(headline)) >= 0.8
				|| similarity(lineWords, TitleRepeat.wordSet(longest)) >= 0.8;
	}

	private static double similarity(Set<String> a, Set<String> b) {
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		int union = a.size() + b.size() - shared.size();
		return union == 0 ? 0 : (double) shared.size() / union;
	}

}
