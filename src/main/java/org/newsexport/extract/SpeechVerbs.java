package org.newsexport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The verbs that attribute speech ("said", "told", "pointed out"), their participles ("saying", "adding"),
 * "according to", and past tenses ("praised", "reiterated"), whose subjects are the people a later "he" may mean.
 * Found by a scan over words with set lookups: every paragraph of every file is scanned, and a regex alternation of
 * fifty verbs tried at every word costs ten times more.
 */
final class SpeechVerbs {

	enum Kind {

		SPEECH, PARTICIPLE, ACCORDING_TO, PAST

	}

	/** A verb in a text: {@code start} and {@code end} delimit its words, punctuation excluded. */
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

	/** Quotation marks on either side, since scraped text puts them on the wrong one: "”he continued,“". */
	private static final String LEADING_PUNCTUATION = "“”‘’\"'«»„([—–-";

	private static final String TRAILING_PUNCTUATION = ",.;:!?)]“”‘’\"'«»„…";

	private SpeechVerbs() {
	}

	static boolean isSpeech(String word) {
		return SPEECH.contains(word);
	}

	/** The verbs in {@code [from, to)}, in order; past tenses only with {@code pastTense}. */
	static List<Verb> in(String text, int from, int to, boolean pastTense) {
		List<Verb> verbs = new ArrayList<>();
		int i = from;
		while (i < to) {
			int wordEnd = endOfToken(text, i, to);
			int start = i;
			int end = wordEnd;
			while (start < end && LEADING_PUNCTUATION.indexOf(text.charAt(start)) >= 0) {
				start++;
			}
			while (end > start && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
				end--;
			}
			Verb verb = verbAt(text, start, end, wordEnd, to, pastTense);
			if (verb != null) {
				verbs.add(verb);
			}
			i = wordEnd + 1;
		}
		return verbs;
	}

	private static Verb verbAt(String text, int start, int end, int wordEnd, int to, boolean pastTense) {
		int length = end - start;
		if (length < 3 || !Character.isLetter(text.charAt(start))) {
			return null;
		}
		String word = text.substring(start, end);
		if (SPEECH.contains(word)) {
			return new Verb(start, end, Kind.SPEECH);
		}
		if (PARTICIPLES.contains(word)) {
			return new Verb(start, end, Kind.PARTICIPLE);
		}
		boolean according = word.equals("according") || word.equals("According");
		if (according || word.equals("pointed") || word.equals("went")) {
			String second = according ? "to" : word.equals("pointed") ? "out" : "on";
			if (text.startsWith(second, wordEnd + 1) && wordEnd + 1 + second.length() <= to
					&& isWordEnd(text, wordEnd + 1 + second.length())) {
				return new Verb(start, wordEnd + 1 + second.length(), according ? Kind.ACCORDING_TO : Kind.SPEECH);
			}
		}
		return pastTense && isPastTense(word) ? new Verb(start, end, Kind.PAST) : null;
	}

	/** "praised", "reiterated": four small letters or more ending in -ed. */
	private static boolean isPastTense(String word) {
		if (word.length() < 4 || !word.endsWith("ed")) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isLowerCase(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWordEnd(String text, int i) {
		return i == text.length() || !Character.isLetter(text.charAt(i));
	}

	private static int endOfToken(String text, int start, int to) {
		int i = start;
		while (i < to && text.charAt(i) != ' ') {
			i++;
		}
		return i;
	}

}
