package org.newsexport.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;

/**
 * Gives the day of a dateline without a year ("TEHRAN, Jan. 01 (MNA)") its year, only when the article's own text
 * says it: the text restates that very day with a year ("on Saturday, January 1, 2022"), every such restatement
 * has the same year, no later year is mentioned anywhere, and the article does not mark an anniversary. Otherwise
 * there is no date, and the dateline keeps the raw text.
 * <p>
 * Looser rules give wrong years precisely on the stories that need one. A January story often names only last year
 * ("the economy grew in 2021"); an anniversary story states the day it commemorates with its year ("killed on
 * January 3, 2020", in a report of January 2022), on the same day and month as its dateline when it runs on the
 * day. So a year mentioned once, or a full date in the same month, says what the story is about, not when it was
 * written. Captions are not read: a photo may be from another day ("File photo taken on January 3, 2020").
 */
final class DatelineYear {

	/**
	 * English, French, Spanish and German; the test is a substring, so "anniversaries" and "Jahrestages"
	 * match. In either case, ASCII letters only (as a regex with {@code CASE_INSENSITIVE} alone would
	 * match them, but without a regex scan of every paragraph).
	 */
	private static final List<String> ANNIVERSARY = List.of("anniversar", "anniversaire", "aniversario",
			"jahrestag");

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
	 * Whether the text holds {@code dayOfMonth} as a number of its own: one or two ASCII digits ("3", "03") with no digit
	 * on either side. Every date pattern of {@link DateText#findAll} reads the day so ({@code \\d{1,2}} after a space,
	 * a non-digit or a hyphen, before a suffix, a space or a non-digit), so a paragraph without it states no full date
	 * of that day, and the date patterns, the costly part of {@link #infer}, are not tried on it.
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
	 * Whether the text holds a word of {@link #ANNIVERSARY}; a scan for their first three letters ("ann", "ani",
	 * "jah"), then a comparison.
	 */
	static boolean marksAnniversary(String text) {
		for (int i = 0; i + 2 < text.length(); i++) {
			char c = lowerAscii(text.charAt(i));
			if (c != 'a' && c != 'j') {
				continue;
			}
			char second = lowerAscii(text.charAt(i + 1));
			char third = lowerAscii(text.charAt(i + 2));
			if (c == 'a' ? second != 'n' || (third != 'n' && third != 'i') : second != 'a' || third != 'h') {
				continue; // as all the words open: most a's and j's ("and", "an", "January") are spared the comparisons
			}
			for (String word : ANNIVERSARY) {
				if (startsWithIgnoringAsciiCase(text, i, word)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether {@code text} holds {@code lowerCaseWord} at {@code at}, its ASCII capitals taken as small letters. */
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
