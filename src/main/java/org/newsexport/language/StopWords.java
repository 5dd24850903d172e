package org.newsexport.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stop-word lists shipped in {@code src/main/resources/stopwords/<language>.txt}, one lower-case word a line,
 * {@code #} comments. Words are compared after {@link #fold folding}. Each word maps to the set of languages whose
 * list holds it (a bit mask), so that one look-up serves every language. Immutable and thread-safe.
 */
public final class StopWords {

	/** ISO 639-1 codes of the shipped lists; the position of a language is its bit in the masks. */
	public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl", "ru", "ar", "fa",
			"tr", "pl", "sv", "id");

	private final Map<String, Integer> languagesByWord;

	private StopWords(Map<String, Integer> languagesByWord) {
		this.languagesByWord = languagesByWord;
	}

	/** The shipped lists, read once. */
	public static StopWords shipped() {
		return Shipped.INSTANCE;
	}

	/** The bit mask of {@link #LANGUAGES} whose list holds this word; 0 for none. The word must be folded. */
	public int languagesOf(String foldedWord) {
		return languagesByWord.getOrDefault(foldedWord, 0);
	}

	/** The bit of a language in the masks, or 0 when no list is shipped for it. */
	public static int bit(String language) {
		int index = LANGUAGES.indexOf(language);
		return index < 0 ? 0 : 1 << index;
	}

	/** Counts the words of a text and the stop words of every language among them. */
	public StopWordCounts count(CharSequence text) {
		StopWordCounts counts = new StopWordCounts();
		WordScanner.count(text, this, counts);
		return counts;
	}

	public boolean contains(String language, String word) {
		int bit = bit(language);
		return bit != 0 && (languagesOf(fold(word)) & bit) != 0;
	}

	/**
	 * Lower case (root locale), Turkish dotted capital I read as i, and the Persian letters yeh, keheh and heh with
	 * yeh read as their Arabic forms, as the Persian list is written.
	 */
	public static String fold(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		StringBuilder folded = null;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			char replacement = foldChar(c);
			if (replacement != c && folded == null) {
				folded = new StringBuilder(lower.length()).append(lower, 0, i);
			}
			if (folded != null && replacement != '\0') {
				folded.append(replacement);
			}
		}
		return folded == null ? lower : folded.toString();
	}

	/** The folded form of an already lower-cased character; '\0' drops it. */
	static char foldChar(char c) {
		return switch (c) {
			case '\u0307' -> '\0'; // the dot that lower-casing "İ" leaves after the i
			case '\u06CC', '\u06D2' -> '\u064A'; // Persian yeh, yeh barree -> Arabic yeh
			case '\u06A9' -> '\u0643'; // keheh -> kaf
			case '\u06C0' -> '\u0647'; // heh with yeh above -> heh
			case '\u2019', '\u02BC' -> '\''; // typographic apostrophe
			default -> c;
		};
	}

	private static final class Shipped {

		static final StopWords INSTANCE = load();

		private static StopWords load() {
			Map<String, Integer> languagesByWord = new HashMap<>();
			for (int index = 0; index < LANGUAGES.size(); index++) {
				String resource = "/stopwords/" + LANGUAGES.get(index) + ".txt";
				int bit = 1 << index;
				for (String word : read(resource)) {
					languagesByWord.merge(fold(word), bit, (a, b) -> a | b);
				}
			}
			return new StopWords(Map.copyOf(languagesByWord));
		}

		private static List<String> read(String resource) {
			try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Stop-word list " + resource + " is missing from the class path");
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read stop-word list " + resource, ex);
			}
		}

	}

}
