package org.newsexport.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns attributions into speakers while reading one article in order. A name is the
 * speaker; a surname alone is written as the full name used earlier in the article
 * ("Khazali" after "Qais Khazali, the secretary general of …, said"). "He" and "she" are
 * the last person named as the subject of a verb before them ("IRGC spokesman Ramezan
 * Sharif said", "Lusi Iskanian praised", a quotation's named speaker), unless that person
 * has already been called by the other pronoun: then the text has moved on to someone it
 * did not name, and the speaker stays unknown. A person is a name of two words or more,
 * one after a title ("Gen. Sharif"), a surname of such a name, or the named speaker of a
 * quotation; a one-word subject such as "Iran said" or "Washington assassinated" is not
 * taken for one. "They" is never resolved: it names a group, not the last person. One
 * instance per article.
 */
final class SpeakerResolver {

	private String lastPerson;

	private final List<String> fullNames = new ArrayList<>();

	/**
	 * {@link #fullNames} in lower case, index for index: each is folded once, not at
	 * every surname looked up.
	 */
	private final List<String> lowerFullNames = new ArrayList<>();

	private final Map<String, String> pronounOf = new HashMap<>();

	/**
	 * Notes the people named as subjects of verbs in {@code text} between {@code from}
	 * and {@code to}.
	 */
	void readNarration(String text, int from, int to) {
		for (SpeechVerbs.Verb verb : SpeechVerbs.in(text, from, to, true)) {
			boolean worthALook = switch (verb.kind()) {
				case SPEECH -> true;
				case PAST -> Attribution.mayFollowAName(text, from, verb.start());
				case PARTICIPLE, ACCORDING_TO -> false;
			};
			if (!worthALook) {
				continue;
			}
			Attribution subject = Attribution.subjectOf(text, from, verb.start());
			if (subject.isNamed() && !reportedSpeech(subject.name())) {
				mentioned(subject.name(), false);
			}
		}
	}

	/** The speaker an attribution names or refers to, or {@code null}. */
	String speakerOf(Attribution attribution) {
		if (attribution.isPronoun()) {
			return resolve(attribution.pronoun());
		}
		if (!attribution.isNamed()) {
			return null;
		}
		PersonName name = attribution.name();
		if (name.person() == null) {
			return name.organisation();
		}
		mentioned(name, true);
		return fullName(name.person());
	}

	private void mentioned(PersonName name, boolean speaker) {
		if (name.person() == null) {
			return;
		}
		String full = fullName(name.person());
		boolean knownPerson = !full.equals(name.person()) || fullNames.contains(full);
		if (name.person().indexOf(' ') > 0 && name.personLike() && !fullNames.contains(full)) {
			fullNames.add(full);
			lowerFullNames.add(full.toLowerCase(Locale.ROOT));
		}
		if (speaker || name.personLike() || knownPerson) {
			lastPerson = full;
		}
	}

	private String resolve(String pronoun) {
		if (pronoun.equals("they") || lastPerson == null) {
			return null;
		}
		String known = pronounOf.putIfAbsent(lastPerson, pronoun);
		return known == null || known.equals(pronoun) ? lastPerson : null;
	}

	/**
	 * "Khazali" is "Qais Khazali" when the article named him so before; the latest such
	 * full name wins.
	 */
	private String fullName(String person) {
		if (person.indexOf(' ') >= 0) {
			return person;
		}
		if (fullNames.isEmpty()) {
			return person;
		}
		String suffix = " " + person.toLowerCase(Locale.ROOT);
		for (int i = fullNames.size() - 1; i >= 0; i--) {
			if (lowerFullNames.get(i).endsWith(suffix)) {
				return fullNames.get(i);
			}
		}
		return person;
	}

	/**
	 * "… said Gen. Soleimani reconciled …": a subject inside reported speech is not who
	 * the text follows.
	 */
	private static boolean reportedSpeech(PersonName name) {
		return SpeechVerbs.isSpeech(name.wordBefore()) || name.wordBefore().equals("that");
	}

}
