package org.newsexport.extract;

import java.util.regex.Pattern;

/**
 * The marker that opens a list item: a bullet ("• ", "· ", "▪ "), a number ("1. ", "2) ",
 * "(3) "), or a dash or asterisk ("- ", "– ", "* "). Bullets and numbers are
 * {@link #FIRM}; a dash or an asterisk is {@link #WEAK}, since a lone line opening with
 * one is more often a credit ("– Reuters") or dialogue: it makes a list item only next to
 * another marked line. "3. Januar 2020" is a German date, not item 3.
 */
enum ListMarker {

	NONE, WEAK, FIRM;

	private static final String BULLETS = "•·▪◦‣●■▸►";

	private static final String DASHES = "-–*";

	private static final Pattern BULLET = Pattern.compile("^[" + BULLETS + "]\\s*\\S");

	private static final Pattern NUMBER = Pattern
		.compile("^(?:\\d{1,2}[.)]|\\(\\d{1,2}\\)) +(?!(?iu:" + MonthNames.MONTH + "))\\S");

	private static final Pattern DASH = Pattern.compile("^[" + DASHES + "] +\\S");

	/**
	 * Each pattern is tried only on a line whose first character it can match (and at the
	 * start only, as anchored).
	 */
	static ListMarker of(String line) {
		if (line.isEmpty()) {
			return NONE;
		}
		char first = line.charAt(0);
		if (Character.isDigit(first) || first == '(') {
			return NUMBER.matcher(line).lookingAt() ? FIRM : NONE;
		}
		if (BULLETS.indexOf(first) >= 0) {
			return BULLET.matcher(line).lookingAt() ? FIRM : NONE;
		}
		return DASHES.indexOf(first) >= 0 && DASH.matcher(line).lookingAt() ? WEAK : NONE;
	}

}
