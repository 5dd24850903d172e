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
 * The stop-word lists shipped in {@code src/main/resources/stopwords/<language>.txt}, one
 * lower-case word a line, {@code #} comments. Words are compared after {@link #fold
 * folding}. Each word maps to the set of languages whose list holds it (a bit mask), so
 * that one look-up serves every language. Immutable and thread-safe.
 * <p>
 * The words live in an open-addressing hash table over their characters rather than a
 * {@code Map<String, ...>}: the {@link WordScanner} looks a word up straight from the
 * text it scans, folding each character as it compares ({@link #foldedChar}), without
 * making a lower-case {@code String} of every word of every line.
 */
public final class StopWords {

	/**
	 * ISO 639-1 codes of the shipped lists; the position of a language is its bit in the
	 * masks.
	 */
	public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl", "ru", "ar", "fa",
			"tr", "pl", "sv", "id");

	/**
	 * {@link #fold} of every {@code char} on its own, or '\0' where the fold of a word is
	 * not that of its chars.
	 */
	private static final char[] FOLDED = foldedChars();

	/** The folded words one after another; a slot of the table points into it. */
	private final char[] wordChars;

	/**
	 * Per slot, packed in one long so that a probe reads one array element: the word's
	 * hash (high 32 bits), its start in {@link #wordChars} (bits 8 to 31) and its length
	 * (low 8 bits, at least 1); 0 for an empty slot.
	 */
	private final long[] slots;

	/** Per slot: the languages whose lists hold the word. */
	private final int[] masks;

	private final int slotMask;

	/** Words longer than this are in no list (a slot holds the length in 8 bits). */
	private static final int MAX_LENGTH = 255;

	private static final long KEY_BITS = 0xFFFFFFFF000000FFL;

	private StopWords(Map<String, Integer> languagesByWord) {
		int tableSlots = Integer.highestOneBit(Math.max(16, languagesByWord.size() * 2) - 1) << 1;
		this.slotMask = tableSlots - 1;
		this.slots = new long[tableSlots];
		this.masks = new int[tableSlots];
		StringBuilder chars = new StringBuilder();
		for (Map.Entry<String, Integer> entry : languagesByWord.entrySet()) {
			String word = entry.getKey();
			if (word.isEmpty()) {
				continue; // never looked up: a word has at least one letter
			}
			if (word.length() > MAX_LENGTH || chars.length() >= 1 << 24) {
				throw new IllegalStateException("Stop word too long for the table: " + word);
			}
			int hash = hash(word);
			int slot = slotOf(hash);
			while (slots[slot] != 0) {
				slot = (slot + 1) & slotMask;
			}
			slots[slot] = (long) hash << 32 | (long) chars.length() << 8 | word.length();
			masks[slot] = entry.getValue();
			chars.append(word);
		}
		this.wordChars = chars.toString().toCharArray();
		for (char c : wordChars) {
			if (FOLDED[c] != c) { // equalsFolded relies on it
				throw new IllegalStateException(
						"A folded stop word holds U+" + Integer.toHexString(c) + ", which folds");
			}
		}
	}

	/** The shipped lists, read once. */
	public static StopWords shipped() {
		return Shipped.INSTANCE;
	}

	/**
	 * The bit mask of {@link #LANGUAGES} whose list holds this word; 0 for none. The word
	 * must be folded.
	 */
	public int languagesOf(String foldedWord) {
		int length = foldedWord.length();
		if (length > MAX_LENGTH) {
			return 0;
		}
		int hash = hash(foldedWord);
		long key = key(hash, length);
		for (int slot = slotOf(hash); slots[slot] != 0; slot = (slot + 1) & slotMask) {
			long entry = slots[slot];
			if ((entry & KEY_BITS) == key && equals(foldedWord, (int) entry >>> 8)) {
				return masks[slot];
			}
		}
		return 0;
	}

	/**
	 * {@link #languagesOf(String) languagesOf}{@code (fold(text[from, to)))} without
	 * making the string, for a word each of whose characters has a {@link #foldedChar}:
	 * {@code hash} is {@link #hash} of those folded characters.
	 */
	int languagesOfFolding(char[] text, int from, int to, int hash) {
		int length = to - from;
		if (length > MAX_LENGTH) {
			return 0;
		}
		long key = key(hash, length);
		for (int slot = slotOf(hash); slots[slot] != 0; slot = (slot + 1) & slotMask) {
			long entry = slots[slot];
			if ((entry & KEY_BITS) == key && equalsFolded(text, from, (int) entry >>> 8, length)) {
				return masks[slot];
			}
		}
		return 0;
	}

	/** The bits of a slot that a word's hash and length decide. */
	private static long key(int hash, int length) {
		return (long) hash << 32 | length;
	}

	private boolean equals(String foldedWord, int start) {
		for (int k = 0; k < foldedWord.length(); k++) {
			if (foldedWord.charAt(k) != wordChars[start + k]) {
				return false;
			}
		}
		return true;
	}

	private boolean equalsFolded(char[] text, int from, int start, int length) {
		char[] word = wordChars;
		for (int k = 0; k < length; k++) {
			char c = text[from + k];
			char w = word[start + k];
			// the words are folded: a char equal to the word's folds to it (folding is
			// idempotent), no look-up
			if (c != w && FOLDED[c] != w) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The hash of a folded word: that of {@link String#hashCode}, which {@link #hashStep}
	 * computes char by char.
	 */
	static int hash(String foldedWord) {
		int hash = 0;
		for (int i = 0; i < foldedWord.length(); i++) {
			hash = hashStep(hash, foldedWord.charAt(i));
		}
		return hash;
	}

	static int hashStep(int hash, char foldedChar) {
		return 31 * hash + foldedChar;
	}

	private int slotOf(int hash) {
		return (hash * 0x9E3779B9 >>> 16) & slotMask;
	}

	/**
	 * The folded form of one character, as {@link #fold} folds it inside any word: its
	 * lower case ({@link Character#toLowerCase(char)}) then {@link #foldChar}. '\0' for
	 * the few characters whose fold depends on the word or changes its length, for which
	 * only {@link #fold} of the whole word tells: the Greek capital sigma (σ or, at a
	 * word's end, ς) and the combining dot above that folding drops. (The dotted capital
	 * I lower-cases to i and a combining dot, which folding drops: its fold is the one
	 * char i.) Surrogates are in no word.
	 */
	static char foldedChar(char c) {
		return FOLDED[c];
	}

	private static char[] foldedChars() {
		char[] folded = new char[Character.MAX_VALUE + 1];
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char ch = (char) c;
			int lower = Character.toLowerCase((int) ch);
			if (ch == '\u03A3' || Character.isSurrogate(ch) || lower > Character.MAX_VALUE) {
				continue;
			}
			folded[c] = foldChar((char) lower);
		}
		return folded;
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

	/** {@link #count(CharSequence)} of {@code text[from, to)}. */
	public StopWordCounts count(char[] text, int from, int to) {
		StopWordCounts counts = new StopWordCounts();
		WordScanner.count(text, from, to, this, counts);
		return counts;
	}

	public boolean contains(String language, String word) {
		int bit = bit(language);
		return bit != 0 && (languagesOf(fold(word)) & bit) != 0;
	}

	/**
	 * Lower case (root locale), Turkish dotted capital I read as i, and the Persian
	 * letters yeh, keheh and heh with yeh read as their Arabic forms, as the Persian list
	 * is written.
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
				return reader.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read stop-word list " + resource, ex);
			}
		}

	}

}
