package org.newsexport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsexport.extract.SpeechVerbs.Kind;
import org.newsexport.extract.SpeechVerbs.Verb;

/**
 * Who the text next to a quotation says spoke it: a name ("…,” Khazali said", "…,” said
 * Hadi al-Ameri, head of …", "according to INA"), a pronoun ("…,” he added", "He said,
 * “…”") or someone the text does not name ("…,” said a demonstrator", "…,” some of the
 * placards read"). The subject of a speech verb is the name right before it (after
 * "also", "has" and the like), or, when an apposition comes between, the name before its
 * comma ("Qais Khazali, the secretary general of …, said"); a name after a preposition or
 * an article ("in Iraq said", "the Pentagon said") is not a subject.
 *
 * @param name the name, or {@code null}
 * @param pronoun "he", "she" or "they", or {@code null}
 */
record Attribution(PersonName name, String pronoun) {

	static final Attribution UNNAMED = new Attribution(null, null);

	private static final Pattern PRONOUN = Pattern.compile("(?i)(?:he|she|they)(?![\\p{L}’'-])");

	/**
	 * What may separate a quotation's closing mark from its attribution: "…,” said", "…”
	 * , said".
	 */
	private static final String BEFORE_ATTRIBUTION = " ,:";

	/**
	 * Words between a subject and its verb: "Khazali also said", "he has repeatedly
	 * warned".
	 */
	private static final WordTable ADVERBS = WordTable.of(Set.of("also", "then", "later", "further", "again",
			"previously", "earlier", "reportedly", "once", "has", "had", "have", "would", "will", "recently",
			"repeatedly", "simply", "just", "only", "never", "always", "often", "still"));

	/** A name right after these is not the subject of the verb that follows it. */
	private static final Set<String> NOT_BEFORE_SUBJECT = Set.of("in", "of", "at", "from", "for", "to", "by", "with",
			"on", "about", "against", "into", "over", "under", "across", "near", "the", "a", "an", "and", "or", "nor",
			"than", "as");

	/** How far after a quotation the verb of its attribution may be, in characters. */
	private static final int MAX_TRAILING_SUBJECT = 120;

	private static final int MAX_APPOSITION_WORDS = 15;

	private static final int MAX_APPOSITION_CHARS = 160;

	/**
	 * "al-", "ibn-": a name that opens with a small letter does so with a short particle
	 * and a hyphen.
	 */
	private static final int MAX_PARTICLE_LENGTH = 3;

	boolean isNamed() {
		return name != null;
	}

	boolean isPronoun() {
		return pronoun != null;
	}

	/**
	 * The attribution right after a quotation ("…,” he said", "…”, said one sign"), in
	 * the text from the end of {@code quotation} to {@code to}. The quotation must end as
	 * a sentence interrupted for it does: with a comma, question or exclamation mark, or
	 * be followed by a comma or a small letter.
	 */
	static Optional<Attribution> after(String text, QuotedSpan quotation, int to) {
		int from = quotation.end(text);
		if (from >= to || !interrupted(text, quotation, from, to)) {
			return Optional.empty();
		}
		int first = from;
		while (first < to && BEFORE_ATTRIBUTION.indexOf(text.charAt(first)) >= 0) {
			first++;
		}
		int limit = Math.min(to, from + MAX_TRAILING_SUBJECT);
		Verb speech = SpeechVerbs.firstNotParticiple(text, first, limit);
		if (speech == null) {
			return Optional.empty();
		}
		if (speech.start() == first) {
			return Optional.of(named(text, speech.end(), to));
		}
		if (speech.kind() != Kind.SPEECH || Sentences.startOfLast(text, from, speech.start()) > from
				|| endsClause(text, from, speech.start())) {
			return Optional.empty();
		}
		return Optional.of(subjectOf(text, from, speech.start()));
	}

	/**
	 * The attribution before a quotation in its sentence, from {@code from} (the end of
	 * the previous quotation or the paragraph's start) to the opening mark: "Khazali
	 * said, “…", "X said the Americans … leave “…", "X reiterated the claim, saying the
	 * killings were “…".
	 */
	static Optional<Attribution> before(String text, int from, int opening) {
		int sentence = Sentences.startOfLast(text, from, opening);
		List<Verb> verbs = SpeechVerbs.in(text, sentence, opening, false);
		if (verbs.isEmpty()) {
			return Optional.empty();
		}
		Verb last = verbs.get(verbs.size() - 1);
		return Optional.of(switch (last.kind()) {
			case ACCORDING_TO -> named(text, last.end(), opening);
			case PARTICIPLE -> subjectOfFirstVerb(text, sentence, last.start());
			default -> subjectOf(text, sentence, last.start());
		});
	}

	/**
	 * The subject of the verb starting at {@code verb}, looking no further back than
	 * {@code from}.
	 */
	static Attribution subjectOf(String text, int from, int verb) {
		int end = withoutAdverbs(text, from, verb);
		if (mayEndWithPronoun(text, from, end)) {
			Matcher pronoun = PRONOUN.matcher(text).region(Math.max(from, end - 5), end);
			boolean wholeWord = pronoun.find() && pronoun.end() == end
					&& (pronoun.start() == from || text.charAt(pronoun.start() - 1) == ' ');
			if (wholeWord) {
				return new Attribution(null, pronoun.group().toLowerCase(Locale.ROOT));
			}
		}
		PersonName direct = PersonName.endingAt(text, from, end);
		if (isSubject(direct)) {
			return new Attribution(direct, null);
		}
		for (int comma : appositionCommas(text, from, end)) {
			PersonName beforeApposition = PersonName.endingAt(text, from, comma);
			if (isSubject(beforeApposition)) {
				return new Attribution(beforeApposition, null);
			}
		}
		return UNNAMED;
	}

	/**
	 * Whether {@code [from, end)} may end with a pronoun: "he", "she" and "they" all end
	 * in "he" or "ey" (in either case: {@link #PRONOUN} folds ASCII only). The pronoun
	 * search of {@link #subjectOf} can only succeed then, and most subjects are names, so
	 * it is spared the matcher.
	 */
	private static boolean mayEndWithPronoun(String text, int from, int end) {
		if (end - from < 2) {
			return false;
		}
		char last = (char) (text.charAt(end - 1) | 0x20);
		char before = (char) (text.charAt(end - 2) | 0x20);
		return (last == 'e' && before == 'h') || (last == 'y' && before == 'e');
	}

	/**
	 * Whether the word before a verb (adverbs aside) is capitalised or closes an
	 * apposition with a comma: a cheap test that spares the search for a subject before
	 * the many past tenses of running text that follow a common noun.
	 */
	static boolean mayFollowAName(String text, int from, int verb) {
		int end = withoutAdverbs(text, from, verb);
		if (end <= from) {
			return false;
		}
		if (text.charAt(end - 1) == ',') {
			return true;
		}
		int start = Sentences.startOfWord(text, from, end);
		if (start < 0) {
			return false;
		}
		if (Character.isUpperCase(text.charAt(start))) {
			return true;
		}
		for (int i = start + 1; i < Math.min(end, start + MAX_PARTICLE_LENGTH + 1); i++) {
			if (text.charAt(i) == '-') {
				return true;
			}
		}
		return false;
	}

	/**
	 * "…,” said Hadi al-Ameri, head of …": a name after the verb, or someone unnamed
	 * ("said a demonstrator").
	 */
	private static Attribution named(String text, int afterVerb, int to) {
		int start = afterVerb;
		while (start < to && text.charAt(start) == ' ') {
			start++;
		}
		Matcher pronoun = PRONOUN.matcher(text).region(start, to);
		if (pronoun.lookingAt()) {
			return new Attribution(null, pronoun.group().toLowerCase(Locale.ROOT));
		}
		PersonName name = PersonName.startingAt(text, start, to);
		return hasName(name) ? new Attribution(name, null) : UNNAMED;
	}

	/**
	 * "X reiterated the claim, saying …": the subject of the first verb of the sentence
	 * that has one.
	 */
	private static Attribution subjectOfFirstVerb(String text, int sentence, int participle) {
		for (Verb verb : SpeechVerbs.in(text, sentence, participle, true)) {
			Attribution subject = subjectOf(text, sentence, verb.start());
			if (subject != UNNAMED) {
				return subject;
			}
		}
		return UNNAMED;
	}

	/**
	 * "…,” the crowd chanted; officials said …": a semicolon, question or exclamation
	 * mark ends the attribution.
	 */
	private static boolean endsClause(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if ("!?;".indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean interrupted(String text, QuotedSpan quotation, int from, int to) {
		int lastInside = quotation.close() - 1;
		while (lastInside > quotation.open() && text.charAt(lastInside) == ' ') {
			lastInside--;
		}
		char last = lastInside > quotation.open() ? text.charAt(lastInside) : ' ';
		int next = from;
		while (next < to && text.charAt(next) == ' ') {
			next++;
		}
		char following = next < to ? text.charAt(next) : ' ';
		return ",!?…—–-".indexOf(last) >= 0 || following == ',' || Character.isLowerCase(following);
	}

	private static int withoutAdverbs(String text, int from, int verb) {
		int end = verb;
		while (end > from && text.charAt(end - 1) == ' ') {
			end--;
		}
		for (int adverbs = 0; adverbs < 2 && end > from; adverbs++) {
			int start = Sentences.startOfWord(text, from, end);
			if (start < 0 || !ADVERBS.contains(text, start, end)) {
				break;
			}
			end = start;
			while (end > from && text.charAt(end - 1) == ' ') {
				end--;
			}
		}
		return end;
	}

	/**
	 * A name after "in", "the" and the like is an object ("in Iraq said"), unless a title
	 * or a body's name introduces the person inside the run: "of the Badr Organization
	 * Hadi al-Amiri said" is Hadi al-Amiri speaking.
	 */
	private static boolean isSubject(PersonName name) {
		return hasName(name)
				&& (name.introduced() || !NOT_BEFORE_SUBJECT.contains(name.wordBefore().toLowerCase(Locale.ROOT)));
	}

	/**
	 * A person, or an organisation ("IRGC", "Iraqi News Agency"); a title alone
	 * ("President") names no one.
	 */
	private static boolean hasName(PersonName name) {
		return name.person() != null || name.organisation() != null;
	}

	/**
	 * The commas an apposition may have opened, farthest first and within
	 * {@value #MAX_APPOSITION_WORDS} words (and {@value #MAX_APPOSITION_CHARS}
	 * characters) of the verb; when the text before the verb ends with a comma, that one
	 * closes the apposition and is left out.
	 */
	private static List<Integer> appositionCommas(String text, int from, int end) {
		List<Integer> commas = new ArrayList<>();
		int words = 0;
		int i = end - 1;
		if (i >= from && text.charAt(i) == ',') {
			i--;
		}
		int limit = Math.max(from, end - MAX_APPOSITION_CHARS);
		for (; i >= limit && words <= MAX_APPOSITION_WORDS; i--) {
			char c = text.charAt(i);
			if (c == ' ') {
				words++;
			}
			else if (c == ',') {
				commas.add(0, i);
			}
			else if (c == '.' || c == ';' || c == '!' || c == '?') {
				break;
			}
		}
		return commas;
	}

}
