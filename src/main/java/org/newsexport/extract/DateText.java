package org.newsexport.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages print: "Jan 22nd, 2022", "Sat. Jan 22nd, 2022", "January 3, 2020", "3 January 2020",
 * "2022-01-03", "03/01/2022 10:45", with an optional "Published:" prefix, weekday and time. A date without a year
 * ("Jan. 01") gives nothing rather than a guessed year, and so does "03/01/2022", which may be 3 January or
 * March 1: only a day above 12 or a dotted (European) date tells which number is the day.
 */
final class DateText {

	/** A month name or its abbreviation; the first three letters identify the month. */
	static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
			+ "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

	private static final String PREFIX = "(?:(?:published|posted|updated|last updated|date|modified)(?: on)?\\s*:?\\s*)?"
			+ "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";

	private static final String TIME = "(?:\\s*(?:[,|–—-]|at)?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
			+ "(?:\\s*(?:[a-z]{2,5}|gmt[+-]\\d{1,2}(?::?\\d{2})?))?)?";

	private static final Pattern MONTH_FIRST = whole("(?<month>" + MONTH_NAME
			+ ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?");

	private static final Pattern DAY_FIRST = whole("(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>"
			+ MONTH_NAME + ")\\.?(?:,?\\s+(?<year>\\d{4}))?");

	private static final Pattern YEAR_FIRST = whole("(?<year>\\d{4})[-/.](?<month>\\d{1,2})[-/.](?<day>\\d{1,2})");

	private static final Pattern YEAR_LAST = whole("(?<first>\\d{1,2})(?<sep>[-/.])(?<second>\\d{1,2})\\k<sep>(?<year>\\d{4})");

	private static final List<Pattern> MONTH_BY_NAME = List.of(MONTH_FIRST, DAY_FIRST);

	private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

	private DateText() {
	}

	/** The date when the whole text is one, with a year. */
	static Optional<LocalDate> parse(String text) {
		String trimmed = text.trim();
		for (Pattern monthByName : MONTH_BY_NAME) {
			Matcher named = monthByName.matcher(trimmed);
			if (named.matches()) {
				return date(named.group("year"), monthNumber(named.group("month")), named.group("day"));
			}
		}
		Matcher numeric = YEAR_FIRST.matcher(trimmed);
		if (numeric.matches()) {
			return date(numeric.group("year"), Integer.parseInt(numeric.group("month")), numeric.group("day"));
		}
		numeric = YEAR_LAST.matcher(trimmed);
		return numeric.matches() ? dayMonthYear(numeric) : Optional.empty();
	}

	private static Optional<LocalDate> dayMonthYear(Matcher numeric) {
		int first = Integer.parseInt(numeric.group("first"));
		int second = Integer.parseInt(numeric.group("second"));
		boolean dayFirst = first > 12 || first == second || numeric.group("sep").equals(".");
		if (!dayFirst && second <= 12) {
			return Optional.empty();
		}
		return dayFirst ? date(numeric.group("year"), second, String.valueOf(first))
				: date(numeric.group("year"), first, String.valueOf(second));
	}

	private static Optional<LocalDate> date(String year, int month, String day) {
		if (year == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static int monthNumber(String name) {
		return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
	}

	private static Pattern whole(String date) {
		return Pattern.compile(PREFIX + date + TIME, Pattern.CASE_INSENSITIVE);
	}

}
