package org.newsexport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The verbs that attribute speech ("said", "told", "pointed out"), their participles
 * ("saying", "adding"), "according to", and past tenses ("praised", "reiterated"), whose
 * subjects are the people a later "he" may mean. Found by a scan over words with set
 * lookups: every paragraph of every file is scanned, and a regex alternation of fifty
 * verbs tried at every word costs ten times more.
 */
final class SpeechVerbs {

	enum Kind {

		SPEECH, PARTICIPLE, ACCORDING_TO, PAST

	}

	/**
	 * A verb in a text: {@code start} and {@code end} delimit its words, punctuation
	 * excluded.
	 */
	record Verb(int start, int end, Kind kind) {
	}

	private static final Set<String> SPEECH = Set.of("said", "says", "say", "added", "adds", "continued", "continues",
			"stated", "states", "told", "tells", "explained", "explains", "noted", "notes", "stressed", "stresses",
			"asserted", "asserts", "insisted", "insists", "warned", "warns", "declared", "declares", "remarked",
			"wrote", "writes", "tweeted", "argued", "argues", "emphasized", "emphasised", "underlined", "underscored",
			"replied", "answered", "asked", "urged", "announced", "claimed", "concluded", "recalled", "reiterated",
			"commented", "confirmed", "acknowledged", "admitted", "cautioned", "predicted", "read", "reads");

	private static final Set<String> PARTICIPLES = Set.of("saying", "adding", "noting", "stressing", "warning",
			"explaining", "insisting", "arguing", "asserting", "declaring", "telling");

	/** The groups of {@link #WORDS}. */
	private static final int SAID = 1;

	private static final int SAYING = 2;

	private static final int ACCORDING = 3;

	private static final int POINTED = 4;

	private static final int WENT = 5;

	private static final WordTable WORDS = WordTable.ofGroups(SPEECH, PARTICIPLES, Set.of("according", "According"),
			Set.of("pointed"), Set.of("went"));

	/** The shortest verb, "say". */
	private static final int MIN_LENGTH = 3;

	/**
	 * Quotation marks on either side, since scraped text puts them on the wrong one: "”he
	 * continued,“".
	 */
	private static final String LEADING_PUNCTUATION = "“”‘’\"'«»„([—–-";

	private static final String TRAILING_PUNCTUATION = ",.;:!?)]“”‘’\"'«»„…";

	/**
	 * {@link #LEADING_PUNCTUATION} and {@link #TRAILING_PUNCTUATION} as tables, indexed
	 * by character.
	 */
	private static final boolean[] LEADING = table(LEADING_PUNCTUATION);

	private static final boolean[] TRAILING = table(TRAILING_PUNCTUATION);

	private SpeechVerbs() {
	}

	static boolean isSpeech(String word) {
		return WORDS.groupOf(word) == SAID;
	}

	/**
	 * The verbs in {@code [from, to)}, in order; past tenses only with {@code pastTense}.
	 * Every word is looked up where it stands in the text ({@link WordTable}), without a
	 * substring.
	 */
	static List<Verb> in(String text, int from, int to, boolean pastTense) {
		List<Verb> verbs = new ArrayList<>();
		scan(text, from, to, pastTense, verbs);
		return verbs;
	}

	/**
	 * The first verb in {@code [from, to)} that is no participle, past tenses not
	 * counted: the first of {@link #in} without them that is not {@link Kind#PARTICIPLE},
	 * found by the same scan stopped there.
	 */
	static Verb firstNotParticiple(String text, int from, int to) {
		return scan(text, from, to, false, null);
	}

	/**
	 * Adds the verbs of {@code [from, to)} to {@code verbs}; with {@code verbs}
	 * {@code null}, returns the first that is no participle instead. A word ends at the
	 * next space or at {@code to}. The spaces are found by {@link String#indexOf} (a
	 * vectorised search), but only up to the last space before {@code to}, found first: a
	 * search beyond {@code to} would make a text of many quotations and no spaces
	 * quadratic.
	 */
	private static Verb scan(String text, int from, int to, boolean pastTense, List<Verb> verbs) {
		int lastSpace = to - 1;
		while (lastSpace >= from && text.charAt(lastSpace) != ' ') {
			lastSpace--;
		}
		int i = from;
		while (i < to) {
			int wordEnd = i <= lastSpace ? text.indexOf(' ', i) : to;
			if (wordEnd - i < MIN_LENGTH) {
				// no verb is shorter, and punctuation only makes a word shorter
				i = wordEnd + 1;
				continue;
			}
			int start = i;
			int end = wordEnd;
			while (start < end && isPunctuation(LEADING, text.charAt(start))) {
				start++;
			}
			while (end > start && isPunctuation(TRAILING, text.charAt(end - 1))) {
				end--;
			}
			Verb verb = verbAt(text, start, end, wordEnd, to, pastTense);
			if (verb != null) {
				if (verbs != null) {
					verbs.add(verb);
				}
				else if (verb.kind() != Kind.PARTICIPLE) {
					return verb;
				}
			}
			i = wordEnd + 1;
		}
		return null;
	}

	/**
	 * Whether {@code c} is one of {@code marks} ({@link #table}): a look-up, not a search
	 * of a string of them.
	 */
	private static boolean isPunctuation(boolean[] marks, char c) {
		return c < marks.length && marks[c];
	}

	/** A table of the characters of {@code marks}, as long as the largest one needs. */
	private static boolean[] table(String marks) {
		boolean[] table = new boolean[marks.chars().max().orElse(0) + 1];
		for (int i = 0; i < marks.length(); i++) {
			table[marks.charAt(i)] = true;
		}
		return table;
	}

	private static Verb verbAt(String text, int start, int end, int wordEnd, int to, boolean pastTense) {
		int length = end - start;
		if (length < MIN_LENGTH) {
			return null;
		}
		char first = text.charAt(start);
		if (!isAsciiLetter(first) && (first < 128 || !Character.isLetter(first))) {
			return null;
		}
		int group = WORDS.groupOf(text, start, end);
		if (group == SAID) {
			return new Verb(start, end, Kind.SPEECH);
		}
		if (group == SAYING) {
			return new Verb(start, end, Kind.PARTICIPLE);
		}
		if (group == ACCORDING || group == POINTED || group == WENT) {
			String second = group == ACCORDING ? "to" : group == POINTED ? "out" : "on";
			if (text.startsWith(second, wordEnd + 1) && wordEnd + 1 + second.length() <= to
					&& isWordEnd(text, wordEnd + 1 + second.length())) {
				return new Verb(start, wordEnd + 1 + second.length(),
						group == ACCORDING ? Kind.ACCORDING_TO : Kind.SPEECH);
			}
		}
		return pastTense && isPastTense(text, start, end) ? new Verb(start, end, Kind.PAST) : null;
	}

	/**
	 * "praised", "reiterated": four small letters or more ending in -ed. Below 128 only a
	 * to z are small letters ({@link Character#isLowerCase}), so that test is left for
	 * the rest.
	 */
	private static boolean isPastTense(String text, int start, int end) {
		if (end - start < 4 || text.charAt(end - 1) != 'd' || text.charAt(end - 2) != 'e') {
			return false;
		}
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (!(c >= 'a' && c <= 'z') && (c < 128 || !Character.isLowerCase(c))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isWordEnd(String text, int i) {
		return i == text.length() || !Character.isLetter(text.charAt(i));
	}

}
