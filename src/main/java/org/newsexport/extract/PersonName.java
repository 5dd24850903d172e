package org.newsexport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A run of capitalised words next to a verb, and the person it names: "IRGC spokesman
 * Ramezan Sharif" gives "Ramezan Sharif", "Secretary General of the Badr Organization
 * Hadi al-Amiri" gives "Hadi al-Amiri", "Gen. Sharif" gives "Sharif", "Al Jazeera’s
 * Mahmoud Abdelwahed" gives "Mahmoud Abdelwahed". The person is what follows the last
 * title ("General", "Gen.", "President"), body ("Organization", "Agency") or acronym
 * ("IRGC") of the run; a run with nothing after them ("Iraqi News Agency", "IRGC") names
 * an organisation. Name particles ("al-Ameri", "bin Salman", "von der Leyen") belong to
 * names; words that open sentences ("The", "Meanwhile", "On", "Yesterday") and
 * possessives do not.
 *
 * @param run the capitalised words, e.g. "Badr Organization Hadi al-Amiri"
 * @param person the person's name in it, or {@code null} when the run names an
 * organisation or only a title
 * @param titled a personal title came right before the person's name, which tells a
 * person from a place
 * @param start where the run starts in the text
 * @param wordBefore the word before the run, "" at the start: "in", "the" or "said" there
 * mean it is not a subject
 */
record PersonName(String run, String person, boolean titled, int start, String wordBefore) {

	/**
	 * Longer runs are names of things ("Islamic Revolution Guards Corps Quds Force"), not
	 * of people.
	 */
	private static final int MAX_RUN_WORDS = 8;

	private static final int MAX_PERSON_WORDS = 4;

	/**
	 * Arabic articles and the like written onto a name: "al-Ameri", "el-Sisi",
	 * "bin-Laden".
	 */
	private static final Set<String> HYPHENATED_PARTICLES = Set.of("al", "el", "ad", "as", "ash", "an", "ar", "at",
			"az", "ibn", "bin", "abu", "ben");

	/** {@link #HYPHENATED_PARTICLES}, looked up where a word stands. */
	private static final WordTable HYPHENATED = WordTable.of(HYPHENATED_PARTICLES);

	private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von",
			"der", "den", "da", "di", "du", "dos", "del", "la", "le", "ben");

	private static final Set<String> TITLES = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.",
			"Professor", "Gen.", "General", "Lt.", "Col.", "Colonel", "Maj.", "Major", "Capt.", "Captain", "Sgt.",
			"Adm.", "Admiral", "Brig.", "Brigadier", "Commander", "Marshal", "President", "Vice", "Prime", "Minister",
			"Secretary", "Secretary-General", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Mayor",
			"King", "Queen", "Prince", "Princess", "Crown", "Emir", "Sultan", "Sheikh", "Sheik", "Shaykh", "Imam",
			"Ayatollah", "Grand", "Hojatoleslam", "Sayyed", "Sayyid", "Haj", "Hajj", "Mullah", "Pope", "Cardinal",
			"Bishop", "Archbishop", "Rabbi", "Father", "Judge", "Justice", "Ambassador", "Chief", "Chairman",
			"Chairwoman", "Director", "Spokesman", "Spokeswoman", "Spokesperson", "Speaker", "Deputy", "Martyr", "Lord",
			"Lady", "Sir", "Dame", "Chancellor", "Premier", "Former", "Senior", "Acting", "Late");

	private static final Set<String> BODIES = Set.of("Organization", "Organisation", "Ministry", "Party", "Forces",
			"Force", "Units", "Council", "Army", "Government", "Alliance", "Movement", "Corps", "Committee", "Agency",
			"News", "Times", "Post", "Press", "TV", "Media", "Group", "Front", "Brigades", "Union", "Network",
			"Institute", "University", "Company", "Bank", "Office", "Department", "House", "Court", "Parliament",
			"Assembly", "Embassy", "Guard", "Guards", "Police", "Commission", "Authority", "Association", "Foundation",
			"Center", "Centre", "Federation", "League", "Coalition", "Mobilization", "Navy", "Republic", "Kingdom",
			"State", "States", "Nations", "Service", "Revolution", "Resistance", "Unit", "Brigade", "Command");

	/**
	 * Capitalised words that open sentences or name days and months: never part of a
	 * person's name.
	 */
	private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "To",
			"Of", "With", "But", "And", "Or", "So", "Meanwhile", "However", "Yesterday", "Today", "Tonight", "Earlier",
			"Later", "Also", "He", "She", "They", "It", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "This",
			"That", "These", "Those", "Then", "After", "Before", "When", "While", "As", "According", "Last", "Next",
			"Both", "Some", "Many", "Several", "Speaking", "Addressing", "Following", "During", "Since", "Despite",
			"Although", "If", "Asked", "Separately", "Still", "Instead", "Finally", "Monday", "Tuesday", "Wednesday",
			"Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.",
			"Dec.");

	/**
	 * The groups of {@link #KINDS}: every word of the four sets above, each in one of
	 * them (none is in two).
	 */
	private static final int TITLE = 1;

	private static final int BODY = 2;

	private static final int NOT_NAME = 3;

	private static final int PARTICLE = 4;

	/**
	 * {@link #TITLES}, {@link #BODIES}, {@link #NOT_NAMES} and {@link #PARTICLES} in one
	 * table: a word of a run is looked up once instead of once per set.
	 */
	private static final WordTable KINDS = WordTable.ofGroups(TITLES, BODIES, NOT_NAMES, PARTICLES);

	/**
	 * The run when it names an organisation rather than a person ("IRGC", "Iraqi News
	 * Agency"), else {@code null}.
	 */
	String organisation() {
		if (person != null || run.isEmpty()) {
			return null;
		}
		for (String word : run.split(" ")) {
			int kind = KINDS.groupOf(word);
			if (kind != TITLE && kind != PARTICLE) {
				return run;
			}
		}
		return null;
	}

	/**
	 * A title or a body's name comes before the person in the run: "Badr Organization
	 * Hadi al-Amiri".
	 */
	boolean introduced() {
		return person != null && run.length() > person.length();
	}

	/**
	 * Whether the run has a person in it who is most likely a person: two words or more,
	 * or a title before.
	 */
	boolean personLike() {
		return person != null && (titled || person.indexOf(' ') > 0);
	}

	/**
	 * The run whose last word ends at {@code end} (spaces before it skipped), not
	 * reaching before {@code from}. Its words are read where they stand, not cut out one
	 * by one: a subject is looked for before every speech verb and many past tenses of
	 * running text.
	 */
	static PersonName endingAt(String text, int from, int end) {
		int tokenEnd = end;
		while (tokenEnd > from && text.charAt(tokenEnd - 1) == ' ') {
			tokenEnd--;
		}
		int start = tokenEnd;
		int lastStart = tokenEnd > from ? Sentences.startOfWord(text, from, tokenEnd) : -1;
		if (lastStart < 0 || !mayOpenRun(text, lastStart, tokenEnd)) {
			return new PersonName("", null, false, start, "");
		}
		// the words from the last one back, at the end of the arrays: each is one space
		// after the one before
		int[] starts = new int[MAX_RUN_WORDS];
		int[] ends = new int[MAX_RUN_WORDS];
		int first = MAX_RUN_WORDS;
		while (tokenEnd > from && first > 0) {
			int tokenStart = Sentences.startOfWord(text, from, tokenEnd);
			if (tokenStart < 0 || !belongsToRun(text, tokenStart, tokenEnd, first == MAX_RUN_WORDS)) {
				break;
			}
			first--;
			starts[first] = tokenStart;
			ends[first] = tokenEnd;
			start = tokenStart;
			tokenEnd = tokenStart - 1;
		}
		if (first == 0) {
			return new PersonName(text.substring(start, ends[MAX_RUN_WORDS - 1]), null, false, start, "");
		}
		String wordBefore = "";
		int beforeStart = first < MAX_RUN_WORDS && start - 1 > from ? Sentences.startOfWord(text, from, start - 1) : -1;
		if (beforeStart >= 0) {
			wordBefore = text.substring(beforeStart, start - 1);
		}
		return of(text, starts, ends, first, MAX_RUN_WORDS, start, wordBefore);
	}

	/**
	 * The run whose first word starts at {@code start} (spaces skipped), before
	 * {@code to}: "Hadi al-Ameri, …".
	 */
	static PersonName startingAt(String text, int start, int to) {
		int tokenStart = start;
		while (tokenStart < to && text.charAt(tokenStart) == ' ') {
			tokenStart++;
		}
		int first = tokenStart;
		List<String> words = new ArrayList<>();
		while (tokenStart < to && words.size() < MAX_RUN_WORDS) {
			int tokenEnd = Sentences.endOfWord(text, tokenStart, to);
			if (tokenEnd < 0) {
				break;
			}
			String word = text.substring(tokenStart, tokenEnd);
			String bare = word.replaceFirst("[,.;:!?)]+$", "");
			boolean lastWord = bare.length() < word.length() && KINDS.groupOf(word) != TITLE;
			if (!belongsToRun(lastWord ? bare : word, words.isEmpty())) {
				break;
			}
			words.add(lastWord ? bare : word);
			if (lastWord) {
				break;
			}
			tokenStart = tokenEnd + 1;
		}
		// the words joined are a text of their own, where they stand one space apart as
		// of() reads them
		String run = String.join(" ", words);
		int[] starts = new int[words.size()];
		int[] ends = new int[words.size()];
		for (int i = 0, at = 0; i < words.size(); at = ends[i] + 1, i++) {
			starts[i] = at;
			ends[i] = at + words.get(i).length();
		}
		return of(run, starts, ends, 0, words.size(), first, "");
	}

	/**
	 * Whether the word {@code [start, end)} may be the first word of a run read backwards
	 * ({@link #belongsToRun} with {@code first}), a cheap test that spares most words of
	 * running text ("officials said") the rest of {@link #endingAt}, whose answer for a
	 * word that fails it is the empty run. Such a word is a title or a body's name, all
	 * of which start with a capital, or a name word ({@link #isNameWord}): a capital
	 * first, or after a hyphenated particle of two or three letters, so a hyphen third or
	 * fourth.
	 */
	private static boolean mayOpenRun(String text, int start, int end) {
		if (start >= end) {
			return false;
		}
		return Character.isUpperCase(text.charAt(start)) || (end - start > 2 && text.charAt(start + 2) == '-')
				|| (end - start > 3 && text.charAt(start + 3) == '-');
	}

	private static boolean belongsToRun(String word, boolean first) {
		return belongsToRun(word, 0, word.length(), first);
	}

	/**
	 * {@link #belongsToRun(String, boolean)} of the word {@code [start, end)} of
	 * {@code text}.
	 */
	private static boolean belongsToRun(String text, int start, int end, boolean first) {
		int kind = KINDS.groupOf(text, start, end);
		if (kind == TITLE || kind == BODY) {
			return true;
		}
		if (kind == NOT_NAME || isPossessive(text, start, end)) {
			return false;
		}
		return isNameWord(text, start, end) || (!first && kind == PARTICLE);
	}

	/** Ends with "’s" or "'s". */
	private static boolean isPossessive(String text, int start, int end) {
		return end - start >= 2 && text.charAt(end - 1) == 's'
				&& (text.charAt(end - 2) == '’' || text.charAt(end - 2) == '\'');
	}

	/**
	 * "Khazali", "Qa’ani", "al-Fayyadh", "W." (an initial): a capital, then letters,
	 * marks, apostrophes, hyphens; the word {@code [from, end)} of {@code text}.
	 */
	private static boolean isNameWord(String text, int from, int end) {
		int hyphen = from;
		while (hyphen < end && text.charAt(hyphen) != '-') {
			hyphen++;
		}
		int start = hyphen > from && hyphen < end && HYPHENATED.contains(text, from, hyphen) ? hyphen + 1 : from;
		if (start >= end || !Character.isUpperCase(text.charAt(start))) {
			return false;
		}
		if (end == start + 2 && text.charAt(start + 1) == '.') {
			return true;
		}
		for (int i = start + 1; i < end; i++) {
			char c = text.charAt(i);
			if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK && "’'-".indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The name a run of words makes: its words are {@code [starts[i], ends[i])} of
	 * {@code text} for {@code i} from {@code first} to {@code last} (excluded), in order,
	 * one space apart, so that a stretch of them is a substring.
	 */
	private static PersonName of(String text, int[] starts, int[] ends, int first, int last, int start,
			String wordBefore) {
		while (first < last && KINDS.groupOf(text, starts[first], ends[first]) == PARTICLE) {
			first++;
		}
		int cut = first - 1;
		int cutKind = WordTable.ABSENT;
		for (int i = first; i < last; i++) {
			int kind = KINDS.groupOf(text, starts[i], ends[i]);
			if (kind == TITLE || kind == BODY || isAcronym(text, starts[i], ends[i])) {
				cut = i;
				cutKind = kind;
			}
		}
		int person = cut + 1;
		boolean titled = cutKind == TITLE;
		boolean named = person < last && last - person <= MAX_PERSON_WORDS
				&& KINDS.groupOf(text, starts[person], ends[person]) != PARTICLE;
		String run = first < last ? text.substring(starts[first], ends[last - 1]) : "";
		return new PersonName(run, named ? text.substring(starts[person], ends[last - 1]) : null, titled, start,
				wordBefore);
	}

	/**
	 * "IRGC", "U.S.", "PMU": two capitals or more and no small letter; the word
	 * {@code [start, end)} of the text.
	 */
	private static boolean isAcronym(String text, int start, int end) {
		int capitals = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			capitals += Character.isUpperCase(c) ? 1 : 0;
		}
		return capitals >= 2;
	}

}
