package org.newsexport.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place (and maybe date and agency) that opens a wire story: "TEHRAN, Jan. 01 (MNA) –", "TEHRAN/BAGHDAD –",
 * "WASHINGTON (Reuters) -", "LONDON, March 3 (AFP) —", "KABUL, Afghanistan (AP) —", "DUBAI: ". The place must be in
 * capitals, which is what tells a dateline from a sentence that starts with a name and a dash.
 *
 * @param text the dateline without its separator, e.g. "TEHRAN, Jan. 01 (MNA)"
 * @param agency the agency in parentheses, or {@code null}
 * @param date the date when the dateline states one with its year
 */
record Dateline(String text, String agency, LocalDate date) {

	private static final String PLACE = "\\p{Lu}[\\p{Lu}\\p{M}'’.]+(?:[ /-]\\p{Lu}[\\p{Lu}\\p{M}'’.]*)*";

	private static final String REGION = "\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}";

	private static final String DATE = "(?i:" + DateText.MONTH_NAME + "\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?"
			+ "|\\d{1,2} " + DateText.MONTH_NAME + "\\.?(?: \\d{4})?|\\d{4}-\\d{2}-\\d{2})";

	/** Labels that open a paragraph in capitals like a place but are not one: "UPDATE: ...". */
	private static final String NOT_A_PLACE = "(?!(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|WATCH|EXCLUSIVE|ANALYSIS"
			+ "|OPINION|EDITOR'S NOTE|EDITOR’S NOTE|NOTE|VIDEO|PHOTOS|LIVE|READ|ALSO READ|FACT CHECK)\\b)";

	private static final Pattern OPENING = Pattern.compile("^(?<dateline>" + NOT_A_PLACE + "(?<place>" + PLACE + ")"
			+ "(?:, " + REGION + ")?(?:, (?<date>" + DATE + "))?(?: ?\\((?<agency>[^()]{2,40})\\))?)"
			+ " ?(?:[–—-]{1,2}|:) +\\S");

	static Optional<Dateline> find(String paragraph) {
		Matcher opening = OPENING.matcher(paragraph);
		if (!opening.find()) {
			return Optional.empty();
		}
		String date = opening.group("date");
		return Optional.of(new Dateline(opening.group("dateline").trim(), opening.group("agency"),
				date == null ? null : DateText.parse(date).orElse(null)));
	}

}
