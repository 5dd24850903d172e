package org.newsexport.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place (and maybe date and agency) that opens a wire story: "TEHRAN, Jan. 01 (MNA)
 * –", "TEHRAN/BAGHDAD –", "WASHINGTON (Reuters) -", "LONDON, March 3 (AFP) —", "KABUL,
 * Afghanistan (AP) —", "SAN FRANCISCO, Calif. (AP) —", "DUBAI: ", "NEW YORK, Jan. 5, 2022
 * /PRNewswire/ --", "MOSCOW, January 3. /TASS/.", "Jan 3 (Reuters) -", "Paris (AFP) -".
 * The place must be in capitals, which is what tells a dateline from a sentence that
 * starts with a name and a dash; a place in title case, or no place, counts only with an
 * agency in parentheses before the dash.
 *
 * @param text the dateline without its separator, e.g. "TEHRAN, Jan. 01 (MNA)"
 * @param agency the agency in parentheses or slashes, or {@code null}
 * @param day the day the dateline states, with or without a year, or {@code null}
 * @param date the date when the dateline states one with its year, else {@code null}
 */
record Dateline(String text, String agency, MonthDay day, LocalDate date) {

	private static final String PLACE = "\\p{Lu}[\\p{Lu}\\p{M}'’.]+(?:[ /-]\\p{Lu}[\\p{Lu}\\p{M}'’.]*)*";

	private static final String TITLE_CASE_PLACE = "\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}";

	/** "Afghanistan", "Calif.", "D.C.". */
	private static final String REGION = "(?:\\p{Lu}\\p{Ll}+\\.?(?: \\p{Lu}\\p{Ll}+){0,2}|\\p{Lu}\\.(?:\\p{Lu}\\.)+)";

	private static final String DATE = "(?iu:" + MonthNames.MONTH + "\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?"
			+ "|\\d{1,2}\\.? " + MonthNames.MONTH + "\\.?(?: \\d{4})?|\\d{4}-\\d{2}-\\d{2})";

	/**
	 * Labels that open a paragraph in capitals like a place but are not one: "UPDATE:
	 * ...".
	 */
	private static final String NOT_A_PLACE = "(?!(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|WATCH|EXCLUSIVE|ANALYSIS"
			+ "|OPINION|EDITOR'S NOTE|EDITOR’S NOTE|NOTE|VIDEO|PHOTOS|LIVE|READ|ALSO READ|FACT CHECK)\\b)";

	private static final String PLACE_AND_DATE = "(?:, " + REGION + ")?(?:, (?<date>" + DATE + "))?";

	private static final String DASH = " ?[–—-]{1,2} +\\S";

	private static final List<Pattern> OPENINGS = List.of(
			Pattern.compile("^(?<dateline>" + NOT_A_PLACE + PLACE + PLACE_AND_DATE
					+ "(?: ?\\((?<agency>[^()]{2,40})\\))?) ?(?:[–—-]{1,2}|:) +\\S"),
			Pattern.compile("^(?<dateline>" + NOT_A_PLACE + PLACE + PLACE_AND_DATE
					+ "\\.? ?/(?<agency>\\p{Lu}[^/ ]{1,30})/)\\.?(?: ?[–—-]{1,2})? +\\S"),
			Pattern.compile("^(?<dateline>" + TITLE_CASE_PLACE + PLACE_AND_DATE
					+ " ?\\((?<agency>\\p{L}[\\p{L}.&-]{1,15})\\))" + DASH),
			Pattern.compile("^(?<dateline>(?<date>" + DATE + ") ?\\((?<agency>[^()]{2,40})\\))" + DASH));

	/**
	 * Every pattern is anchored with {@code ^}: {@link Matcher#lookingAt} tries it at the
	 * start only, where {@link Matcher#find} would fail at every other position of the
	 * paragraph too. Every paragraph of an article's opening passes here and few are
	 * datelines, so a pattern is tried only when the paragraph has what it cannot match
	 * without ({@link #mayMatch}): the answer is that of trying each in order.
	 */
	static Optional<Dateline> find(String paragraph) {
		for (int i = 0; i < OPENINGS.size(); i++) {
			if (!mayMatch(i, paragraph)) {
				continue;
			}
			Matcher dateline = OPENINGS.get(i).matcher(paragraph);
			if (dateline.lookingAt()) {
				String date = dateline.group("date");
				return Optional.of(new Dateline(dateline.group("dateline").trim(), dateline.group("agency"),
						date == null ? null : DateText.parseMonthDay(date).orElse(null),
						date == null ? null : DateText.parse(date).orElse(null)));
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether {@link #OPENINGS} pattern {@code i} may match: the first two open with
	 * {@link #PLACE}, a capital ({@code \p{Lu}}) then a capital, a mark or one of ' ’ .
	 * (as code points, as the regex reads them); the last two need an agency in
	 * parentheses.
	 */
	private static boolean mayMatch(int i, String paragraph) {
		if (i >= 2) {
			return paragraph.indexOf('(') >= 0;
		}
		if (paragraph.isEmpty()) {
			return false;
		}
		int first = paragraph.codePointAt(0);
		int at = Character.charCount(first);
		if (Character.getType(first) != Character.UPPERCASE_LETTER || at >= paragraph.length()) {
			return false;
		}
		int second = paragraph.codePointAt(at);
		int type = Character.getType(second);
		return type == Character.UPPERCASE_LETTER || type == Character.NON_SPACING_MARK
				|| type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK || second == '\''
				|| second == '’' || second == '.';
	}

}
