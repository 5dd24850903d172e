package org.newsexport.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsexport.support.NastyText;

/**
 * The stop-word scan folds and looks words up character by character, without a string
 * per word: it must count exactly as the plain scan it replaced, which folded each word
 * with {@link StopWords#fold} and looked it up in a map.
 */
class WordScannerEquivalenceTest {

	private final StopWords stopWords = StopWords.shipped();

	@Test
	void countsAsThePlainScanOnRandomLines() {
		Map<String, Integer> map = plainMap();
		NastyText random = new NastyText(5);
		for (int n = 0; n < 30_000; n++) {
			String line = random.line(40);
			StopWordCounts expected = new StopWordCounts();
			plainCount(line, map, expected);
			assertSame(stopWords.count(line), expected, line);
			String padded = "x " + line + " x";
			StopWordCounts slice = stopWords.count(padded.toCharArray(), 2, 2 + line.length());
			assertSame(slice, expected, line);
		}
	}

	/**
	 * Short ASCII words, most words of most text: lines of the lists' own words, cut,
	 * joined by apostrophes, in any case, and of random ASCII letters.
	 */
	@Test
	void countsAsThePlainScanOnLinesOfListedAndAsciiWords() {
		Map<String, Integer> map = plainMap();
		List<String> words = new ArrayList<>(map.keySet());
		Random random = new Random(8);
		String[] joins = { " ", " ", "'", "’", "-", ". ", "0" };
		for (int n = 0; n < 30_000; n++) {
			StringBuilder line = new StringBuilder();
			for (int k = random.nextInt(12); k > 0; k--) {
				String word;
				if (random.nextInt(3) == 0) {
					StringBuilder letters = new StringBuilder();
					for (int length = 1 + random.nextInt(10); length > 0; length--) {
						letters.append((char) ('a' + random.nextInt(26)));
					}
					word = letters.toString();
				}
				else {
					word = words.get(random.nextInt(words.size()));
					word = word.substring(0, Math.max(1, word.length() - random.nextInt(2)));
				}
				word = switch (random.nextInt(3)) {
					case 0 -> word.toUpperCase(Locale.ROOT);
					case 1 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
					default -> word;
				};
				line.append(word).append(joins[random.nextInt(joins.length)]);
			}
			StopWordCounts expected = new StopWordCounts();
			plainCount(line, map, expected);
			assertSame(stopWords.count(line), expected, line.toString());
		}
	}

	/**
	 * Combining dots above before an apostrophe: folding drops them, so the folded word
	 * is shorter than the text's and the apostrophe's place in the text lies past its
	 * end. Cutting the folded word there threw.
	 */
	@Test
	void countsAWordWhoseDotsAboveStandBeforeItsApostrophe() {
		StopWordCounts counts = stopWords.count("xa\u0307\u0307\u0307'b");
		assertThat(counts.words()).isEqualTo(1);
		// the part before the apostrophe is looked up as folded on its own: "l" of
		// "l\u0307'homme" is French
		assertThat(stopWords.count("l\u0307'homme").hits(StopWords.LANGUAGES.indexOf("fr")))
			.isEqualTo(stopWords.count("l'homme").hits(StopWords.LANGUAGES.indexOf("fr")));
	}

	@Test
	void theTableHoldsTheWordsOfTheMapAndNoOthers() {
		Map<String, Integer> map = plainMap();
		map.forEach((word, mask) -> assertThat(stopWords.languagesOf(word)).as(word).isEqualTo(mask));
		NastyText random = new NastyText(6);
		for (int n = 0; n < 20_000; n++) {
			String word = StopWords.fold(random.line(3));
			assertThat(stopWords.languagesOf(word)).as(word).isEqualTo(map.getOrDefault(word, 0));
		}
	}

	@Test
	void eachCharFoldsAsTheWordFoldOfItAlone() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char folded = StopWords.foldedChar((char) c);
			if (folded != '\0') {
				assertThat(String.valueOf(folded)).as("U+%04X", c).isEqualTo(StopWords.fold(String.valueOf((char) c)));
				// and inside a word: lower case is char by char but for the sigma, which
				// has no char fold
				assertThat(StopWords.fold("a" + (char) c + "b")).as("U+%04X", c).isEqualTo("a" + folded + "b");
				assertThat(StopWords.fold("a" + (char) c)).as("U+%04X", c).isEqualTo("a" + folded);
			}
		}
	}

	private static void assertSame(StopWordCounts actual, StopWordCounts expected, String line) {
		assertThat(actual.words()).as(line).isEqualTo(expected.words());
		assertThat(actual.unlistedScriptShare()).as(line).isEqualTo(expected.unlistedScriptShare());
		for (int i = 0; i < StopWords.LANGUAGES.size(); i++) {
			assertThat(actual.hits(i)).as(line).isEqualTo(expected.hits(i));
			assertThat(actual.weightedHits(i)).as(line).isEqualTo(expected.weightedHits(i));
		}
	}

	/**
	 * The stop-word map as it was built before the table: folded word to language mask.
	 */
	private static Map<String, Integer> plainMap() {
		Map<String, Integer> map = new HashMap<>();
		for (int index = 0; index < StopWords.LANGUAGES.size(); index++) {
			String resource = "/stopwords/" + StopWords.LANGUAGES.get(index) + ".txt";
			try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					String word = line.strip();
					if (!word.isEmpty() && !word.startsWith("#")) {
						map.merge(StopWords.fold(word), 1 << index, (a, b) -> a | b);
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return map;
	}

	/** The scan as it was: a string per word, folded, looked up in the map. */
	private static void plainCount(CharSequence text, Map<String, Integer> map, StopWordCounts counts) {
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
				else if ((d == '\'' || d == '\u2019' || d == '\u02BC') && i + 1 < length
						&& Character.isLetter(text.charAt(i + 1))) {
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
					boolean listed = letter < 0x0590 || letter >= 0x0600 && letter < 0x0780
							|| letter >= 0x1E00 && letter < 0x2000 || letter >= 0xFB50 && letter < 0xFF00;
					counts.addLetters(1, listed ? 0 : 1);
				}
			}
			String word = StopWords.fold(text.subSequence(start, i).toString());
			int mask = map.getOrDefault(word, 0);
			if (mask == 0 && apostrophe > 0) {
				// the part before the apostrophe folded on its own: folding may drop
				// characters (U+0307)
				mask = map.getOrDefault(StopWords.fold(text.subSequence(start, apostrophe).toString()), 0);
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

}
