package org.newsexport.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages print: "Jan 22nd, 2022", "Sat. Jan 22nd, 2022", "January 3rd
 * 2020", "3 January 2020", "2022-01-03", "03/01/2022 10:45", "Published: 3 Jan 2020 10:45
 * GMT", "Posted on January 4, 2020 by admin", "1er janvier 2022", "3. Januar 2020", "3 de
 * enero de 2020", with an optional label ("Updated on"), weekday, time and byline. A date
 * without a year ("Jan. 01") gives no date rather than a guessed year. In all-numeric
 * dates the year must be first or last: "2022-01-03" is year, month, day (ISO 8601, which
 * no other convention resembles); with the year last, the day comes first when the first
 * number is above 12 or both are equal, and in dotted dates ("03.01.2022"), which are a
 * European form (German, French, Russian, Turkish pages) that US pages do not use.
 * "03/01/2022" may be 3 January or March 1 and gives nothing.
 */
final class DateText {

	private static final String MONTH = "(?<month>" + MonthNames.MONTH + ")\\.?";

	private static final String LABEL = "(?:(?:published|posted|updated|last updated|date|modified|publié|mis à jour"
			+ "|veröffentlicht|aktualisiert|publicado|actualizado)(?:\\s+(?:on|le|am|el))?\\s*:?\\s*)?";

	private static final String WEEKDAY = "(?:(?:" + MonthNames.WEEKDAY + ")\\.?,?\\s+)?";

	private static final String TIME = "(?:\\s*(?:[,|–—-]|at|à|um|a las)?\\s*\\d{1,2}[:h]\\d{2}(?::\\d{2})?\\s*"
			+ "(?:[ap]\\.?m\\.?)?(?:\\s*(?:[a-z]{2,5}|gmt[+-]\\d{1,2}(?::?\\d{2})?|\\(?utc\\)?))?)?";

	/**
	 * "... by admin", "... | By Ali Abbas": the byline some pages print on the date line.
	 */
	private static final String BYLINE = "(?:\\s*[|•·–—-]?\\s*by\\s+\\S.{0,60})?";

	private static final List<Pattern> WHOLE_BY_NAME = List.of(whole(monthFirst("?")), whole(dayFirst("?")));

	private static final Pattern WHOLE_YEAR_FIRST = whole("(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>"
			+ "(?<day>\\d{1,2})(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

	private static final Pattern WHOLE_YEAR_LAST = whole(
			"(?<first>\\d{1,2})(?<sep>[-/.])(?<second>\\d{1,2})\\k<sep>(?<year>\\d{4})");

	/**
	 * Full dates in running text, a year required, not glued to a letter or digit
	 * ("12000", "Marchers").
	 */
	private static final List<Pattern> IN_TEXT_BY_NAME = List.of(inText(monthFirst("")), inText(dayFirst("")));

	private static final Pattern IN_TEXT_ISO = inText("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})");

	/** Not glued to a digit or letter: "12000" and "the 1980s" mention no year. */
	private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<![\\p{N}\\p{L}])(?:19|20)\\d{2}(?![\\p{N}\\p{L}])");

	/**
	 * A date by name in running text ends with its year, after white space ({@code \s}),
	 * and from its start to the year holds at most this many words ("3rd of January, del
	 * 2020"), separated by white space.
	 */
	private static final int MAX_DATE_WORDS = 5;

	/**
	 * No word of a date by name is longer: the longest month name ("septiembre"), a full
	 * stop and a comma are 12.
	 */
	private static final int MAX_DATE_WORD_LENGTH = 16;

	private DateText() {
	}

	/** The date when the whole text is one, with a year. */
	static Optional<LocalDate> parse(String text) {
		return parts(text).flatMap(DateParts::date);
	}

	/**
	 * The day and month when the whole text is a date, with or without a year: "Jan. 01"
	 * gives January 1.
	 */
	static Optional<MonthDay> parseMonthDay(String text) {
		return parts(text).flatMap(DateParts::monthDay);
	}

	/**
	 * The full dates (with a year) that running text states: "died on January 3, 2020."
	 * gives 2020-01-03. The patterns are tried at every character a search passes (a
	 * lookbehind, then a long alternation of month names), and most of a paragraph lies
	 * before its first date: so each search starts not where the last match ended but at
	 * the first place a date may start, which gives the same matches in the same order.
	 * An ISO date starts with its year, so it is tried only where four digits start; a
	 * date by name starts at most {@value #MAX_DATE_WORDS} words before its year
	 * ({@link #earliestStart}), and a later year's date cannot start before the first
	 * year's earliest start.
	 */
	static List<LocalDate> findAll(CharSequence text) {
		List<LocalDate> dates = new ArrayList<>();
		if (!hasFourDigits(text)) {
			// every pattern needs a four-digit year: most paragraphs are done without a
			// regex
			return dates;
		}
		for (Pattern pattern : IN_TEXT_BY_NAME) {
			Matcher date = pattern.matcher(text).useTransparentBounds(true);
			for (int from = 0, year = yearAfterSpace(text, 0); year >= 0; year = yearAfterSpace(text, from)) {
				if (!date.region(Math.max(from, earliestStart(text, year)), text.length()).find()) {
					break;
				}
				DateParts.byName(date).date().ifPresent(dates::add);
				from = date.end();
			}
		}
		Matcher iso = IN_TEXT_ISO.matcher(text).useTransparentBounds(true);
		for (int at = fourDigits(text, 0); at >= 0; at = fourDigits(text, at + 1)) {
			if (iso.region(at, text.length()).lookingAt()) {
				DateParts.yearFirst(iso).date().ifPresent(dates::add);
				at = iso.end() - 1;
			}
		}
		return dates;
	}

	/**
	 * The index of the first four ASCII digits at or after {@code from} that follow
	 * {@code \s}, or -1.
	 */
	private static int yearAfterSpace(CharSequence text, int from) {
		for (int at = fourDigits(text, from); at >= 0; at = fourDigits(text, at + 1)) {
			if (at > 0 && isRegexSpace(text.charAt(at - 1))) {
				return at;
			}
		}
		return -1;
	}

	/**
	 * The index where the first run of four ASCII digits at or after {@code from} starts,
	 * or -1.
	 */
	private static int fourDigits(CharSequence text, int from) {
		int run = 0;
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			run = (c >= '0' && c <= '9') ? run + 1 : 0;
			if (run == 4) {
				return i - 3;
			}
		}
		return -1;
	}

	/**
	 * No date by name that ends with the year at {@code year} starts before the index
	 * given: {@value #MAX_DATE_WORDS} words back, white space and at most
	 * {@value #MAX_DATE_WORD_LENGTH} other characters each.
	 */
	private static int earliestStart(CharSequence text, int year) {
		int at = year;
		for (int word = 0; word < MAX_DATE_WORDS; word++) {
			while (at > 0 && isRegexSpace(text.charAt(at - 1))) {
				at--;
			}
			int limit = Math.max(0, at - MAX_DATE_WORD_LENGTH);
			while (at > limit && !isRegexSpace(text.charAt(at - 1))) {
				at--;
			}
		}
		return at;
	}

	/** {@code \s} without UNICODE_CHARACTER_CLASS. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
	}

	/**
	 * The four-digit years from 1900 to 2099 that a text mentions ("in 2014", "January
	 * 2020", "2022’s"). A year is four digits, so the pattern is tried only where four
	 * digits start, in order, as a search would meet them.
	 */
	static List<Integer> yearsIn(CharSequence text) {
		List<Integer> years = new ArrayList<>();
		if (!hasFourDigits(text)) {
			return years;
		}
		Matcher year = YEAR_IN_TEXT.matcher(text).useTransparentBounds(true);
		for (int at = fourDigits(text, 0); at >= 0; at = fourDigits(text, at + 1)) {
			if (year.region(at, text.length()).lookingAt()) {
				years.add(Integer.parseInt(year.group()));
				at = year.end() - 1;
			}
		}
		return years;
	}

	/**
	 * Whether the text holds four ASCII digits in a row, as every year pattern needs
	 * ({@code \d} is ASCII without UNICODE_CHARACTER_CLASS).
	 */
	static boolean hasFourDigits(CharSequence text) {
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			run = (c >= '0' && c <= '9') ? run + 1 : 0;
			if (run == 4) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The parts when the whole text is a date. Every whole-date pattern reads the day in
	 * ASCII digits, so a text without one (most lines of an article's header, and the
	 * removed lines above it) is answered without trying the four patterns, each a long
	 * alternation of labels, weekdays and months.
	 */
	private static Optional<DateParts> parts(String text) {
		if (!hasDigit(text)) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		for (Pattern byName : WHOLE_BY_NAME) {
			Matcher date = byName.matcher(trimmed);
			if (date.matches()) {
				return Optional.of(DateParts.byName(date));
			}
		}
		Matcher numeric = WHOLE_YEAR_FIRST.matcher(trimmed);
		if (numeric.matches()) {
			return Optional.of(DateParts.yearFirst(numeric));
		}
		numeric = WHOLE_YEAR_LAST.matcher(trimmed);
		return numeric.matches() ? DateParts.yearLast(numeric) : Optional.empty();
	}

	/**
	 * Whether the text holds an ASCII digit ({@code \d} is ASCII without
	 * UNICODE_CHARACTER_CLASS).
	 */
	private static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	/** "January 3rd 2020", "Jan. 3, 2020"; {@code yearOptional} is "?" or "". */
	private static String monthFirst(String yearOptional) {
		return MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))" + yearOptional;
	}

	/**
	 * "3 January 2020", "3rd of January, 2020", "1er janvier 2022", "3. Januar 2020", "3
	 * de enero de 2020".
	 */
	private static String dayFirst(String yearOptional) {
		return "(?<day>\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:of\\s+|de\\s+)?" + MONTH
				+ "(?:,?\\s+(?:del?\\s+)?(?<year>\\d{4}))" + yearOptional;
	}

	private static Pattern whole(String date) {
		return Pattern.compile(LABEL + WEEKDAY + date + TIME + BYLINE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static Pattern inText(String date) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + date + "(?!\\p{N})",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * What a date pattern matched: the year may be missing, the month and day never are.
	 */
	private record DateParts(Integer year, int month, int day) {

		static DateParts byName(Matcher date) {
			return new DateParts(year(date), MonthNames.number(date.group("month")), day(date));
		}

		static DateParts yearFirst(Matcher date) {
			return new DateParts(year(date), Integer.parseInt(date.group("month")), day(date));
		}

		static Optional<DateParts> yearLast(Matcher date) {
			int first = Integer.parseInt(date.group("first"));
			int second = Integer.parseInt(date.group("second"));
			boolean dayFirst = first > 12 || first == second || date.group("sep").equals(".");
			if (!dayFirst && second <= 12) {
				return Optional.empty();
			}
			Integer year = year(date);
			return Optional.of(dayFirst ? new DateParts(year, second, first) : new DateParts(year, first, second));
		}

		private static int day(Matcher date) {
			return Integer.parseInt(date.group("day"));
		}

		private static Integer year(Matcher date) {
			String year = date.group("year");
			return year == null ? null : Integer.valueOf(year);
		}

		Optional<LocalDate> date() {
			if (year == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(LocalDate.of(year, month, day));
			}
			catch (DateTimeException ex) {
				return Optional.empty();
			}
		}

		Optional<MonthDay> monthDay() {
			try {
				return Optional.of(MonthDay.of(month, day));
			}
			catch (DateTimeException ex) {
				return Optional.empty();
			}
		}

	}

}
