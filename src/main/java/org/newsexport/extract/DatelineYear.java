package org.newsexport.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;

/**
 * Gives the day of a dateline without a year ("TEHRAN, Jan. 01 (MNA)") its year, only
 * when the article's own text says it: the text restates that very day with a year ("on
 * Saturday, January 1, 2022"), every such restatement has the same year, no later year is
 * mentioned anywhere, and the article does not mark an anniversary. Otherwise there is no
 * date, and the dateline keeps the raw text.
 * <p>
 * Looser rules give wrong years precisely on the stories that need one. A January story
 * often names only last year ("the economy grew in 2021"); an anniversary story states
 * the day it commemorates with its year ("killed on January 3, 2020", in a report of
 * January 2022), on the same day and month as its dateline when it runs on the day. So a
 * year mentioned once, or a full date in the same month, says what the story is about,
 * not when it was written. Captions are not read: a photo may be from another day ("File
 * photo taken on January 3, 2020").
 */
final class DatelineYear {

	/**
	 * English, French, Spanish and German; the test is a substring, so "anniversaries"
	 * and "Jahrestages" match. In either case, ASCII letters only (as a regex with
	 * {@code CASE_INSENSITIVE} alone would match them, but without a regex scan of every
	 * paragraph).
	 */
	private static final List<String> ANNIVERSARY = List.of("anniversar", "anniversaire", "aniversario", "jahrestag");

	private DatelineYear() {
	}

	static Optional<LocalDate> infer(MonthDay day, List<Paragraph> paragraphs) {
		LocalDate restated = null;
		int latestYear = 0;
		for (Paragraph paragraph : paragraphs) {
			if (paragraph.kind() == ParagraphKind.CAPTION) {
				continue;
			}
			String text = paragraph.text();
			if (marksAnniversary(text)) {
				return Optional.empty();
			}
			if (!DateText.hasFourDigits(text)) {
				// neither a year nor a full date: every pattern needs four digits
				continue;
			}
			for (int year : DateText.yearsIn(text)) {
				latestYear = Math.max(latestYear, year);
			}
			if (!statesDayNumber(text, day.getDayOfMonth())) {
				continue;
			}
			for (LocalDate date : DateText.findAll(text)) {
				if (MonthDay.from(date).equals(day)) {
					if (restated != null && restated.getYear() != date.getYear()) {
						return Optional.empty();
					}
					restated = date;
				}
			}
		}
		return restated == null || latestYear > restated.getYear() ? Optional.empty() : Optional.of(restated);
	}

	/**
	 * Whether the text holds {@code dayOfMonth} as a number of its own: one or two ASCII
	 * digits ("3", "03") with no digit on either side. Every date pattern of
	 * {@link DateText#findAll} reads the day so ({@code \\d{1,2}} after a space, a
	 * non-digit or a hyphen, before a suffix, a space or a non-digit), so a paragraph
	 * without it states no full date of that day, and the date patterns, the costly part
	 * of {@link #infer}, are not tried on it.
	 */
	static boolean statesDayNumber(String text, int dayOfMonth) {
		int run = 0;
		int value = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : ' ';
			if (c >= '0' && c <= '9') {
				run++;
				value = value * 10 + (c - '0');
				continue;
			}
			if ((run == 1 || run == 2) && value == dayOfMonth) {
				return true;
			}
			run = 0;
			value = 0;
		}
		return false;
	}

	/**
	 * Whether the text holds a word of {@link #ANNIVERSARY}. Three of them have a v
	 * (fifth or sixth letter), the fourth opens with a j, two letters rare in running
	 * text: {@link String#indexOf} (a vectorised search) finds those, and only there are
	 * the words compared.
	 */
	static boolean marksAnniversary(String text) {
		for (char v : new char[] { 'v', 'V' }) {
			for (int at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
				for (String word : ANNIVERSARY) {
					int offset = word.indexOf('v');
					if (offset >= 0 && at >= offset && startsWithIgnoringAsciiCase(text, at - offset, word)) {
						return true;
					}
				}
			}
		}
		for (char j : new char[] { 'j', 'J' }) {
			for (int at = text.indexOf(j); at >= 0; at = text.indexOf(j, at + 1)) {
				for (String word : ANNIVERSARY) {
					if (word.charAt(0) == 'j' && startsWithIgnoringAsciiCase(text, at, word)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Whether {@code text} holds {@code lowerCaseWord} at {@code at}, its ASCII capitals
	 * taken as small letters.
	 */
	private static boolean startsWithIgnoringAsciiCase(String text, int at, String lowerCaseWord) {
		if (at + lowerCaseWord.length() > text.length()) {
			return false;
		}
		for (int k = 0; k < lowerCaseWord.length(); k++) {
			if (lowerAscii(text.charAt(at + k)) != lowerCaseWord.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static char lowerAscii(char c) {
		return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
	}

}
