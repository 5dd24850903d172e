package org.newsexport.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsexport.article.RemovedLine;
import org.newsexport.article.Words;
import org.newsexport.clean.KeptLine;
import org.newsexport.clean.LineShape;
import org.newsexport.clean.TitleRepeat;

/**
 * The article's header at the top of the kept lines, which the cleaner keeps as body
 * lines: the headline printed again above the text (the page's {@code <title>} is the
 * headline the cleaner found), the standfirst (the summary under the headline), the
 * byline ("By Jane Doe and John Roe | Example Times") and the date and reading-time lines
 * ("Updated 3:45 pm", "March 3, 2021", "5 min read"). The header is read in that order,
 * each part at most once but the date lines, and stops at the first line that is none of
 * them: the body's first paragraph. A standfirst cannot be told from a first paragraph by
 * its own shape, so a line is one only when a byline or a date line follows it, as the
 * header's layout puts it. The headline's repeat becomes the title (it has no site name
 * beside it); the standfirst and the byline go to their columns; the date and
 * reading-time lines are page furniture and go to {@code removed_lines} as
 * {@value #DATE_LINE} and {@value #READING_TIME}. Plain Java, thread-safe.
 *
 * @param headline the kept line that repeats the headline, or {@code null}
 * @param standfirst the summary under the headline, or {@code null}
 * @param byline the byline as printed, or {@code null}
 * @param authors the names the byline gives, in its order; empty when it gives none
 * @param date the date the byline or a date line states, or {@code null}
 * @param removed the date and reading-time lines, in source order
 * @param bodyStart the index of the body's first line among the kept lines
 */
record ArticleHeader(String headline, String standfirst, String byline, List<String> authors, LocalDate date,
		List<RemovedLine> removed, int bodyStart) {

	/**
	 * The {@code removed_lines.rule} of a date line in the article's header ("Updated
	 * March 3, 2021 3:45 pm").
	 */
	static final String DATE_LINE = "header-date";

	/**
	 * The {@code removed_lines.rule} of a reading-time or update-time line in the header
	 * ("5 min read").
	 */
	static final String READING_TIME = "header-reading-time";

	/** The header's lines are looked for among this many first kept lines. */
	private static final int MAX_HEADER_LINES = 6;

	/** A byline is a short line: longer ones are sentences that open with "By". */
	private static final int MAX_BYLINE_WORDS = 16;

	/** A standfirst is a sentence or two, longer than a heading or a label. */
	private static final int MIN_STANDFIRST_WORDS = 6;

	private static final int MAX_STANDFIRST_WORDS = 70;

	/**
	 * A standfirst ends like a sentence, or is at least this long: shorter unfinished
	 * lines are headings (a headline other than the page's title, a kicker) or captions.
	 */
	private static final int MIN_UNFINISHED_STANDFIRST_WORDS = 12;

	private static final int MAX_NAME_WORDS = 4;

	/**
	 * "By Jane Doe", "Written by Jane Doe and John Roe", "By: Jane Doe, Example Times",
	 * "Posted by Jane Doe on March 3, 2021", "March 3, 2021 by Jane Doe · 2 Comments":
	 * the names, then what follows a separator (an outlet, a role, a date, a comment
	 * count); before them only a date.
	 */
	private static final Pattern BYLINE = Pattern.compile(
			"(?:(?<lead>[^|•·\\d]{0,40}\\d[^|•·]{0,40}?)\\s+)?"
					+ "(?:(?:written|posted|reported|story|words|text|report|photos? and text)\\s+)?"
					+ "by\\s*:?\\s+(?<names>.+?)" + "(?:\\s*(?:[|•·–—/]|\\s-\\s|\\son\\s|\\sat\\s)\\s*(?<rest>.*))?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * Between the names of a byline: "Jane Doe, John Roe and Ann Poe", "Jane Doe & John
	 * Roe".
	 */
	private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

	/**
	 * A word of a name: capitalised ("Doe", "O'Neil", "J.", "Al-Amiri"), or a particle
	 * ("van", "de", "al-Amiri").
	 */
	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*+|\\p{Lu}\\."
			+ "|(?:van|von|der|den|de|da|di|du|del|la|le|bin|ibn|al|el)(?:-\\p{Lu}[\\p{L}'’-]*+)?");

	/**
	 * Words of a role or an outlet beside the names, in lower case: "Jane Doe, Staff
	 * Writer", "By Example News Service".
	 */
	private static final Set<String> NOT_IN_NAMES = Set.of("staff", "writer", "reporter", "correspondent", "editor",
			"contributor", "columnist", "press", "news", "times", "post", "agency", "service", "desk", "team", "senior",
			"special", "chief", "political", "foreign", "online", "newsroom", "editors", "reporters", "writers",
			"associated", "daily", "weekly", "herald", "tribune", "journal", "magazine", "wire", "bureau", "the");

	/**
	 * "5 min read", "3 minute read", "Reading time: 4 minutes", "Updated 3:45 pm",
	 * "Updated 2 hours ago".
	 */
	private static final Pattern READING_TIME_LINE = Pattern.compile(
			"(?:\\d{1,3}\\s*(?:-|\\s)?\\s*(?:min|mins|minute|minutes)\\.?\\s+read(?:ing)?(?:\\s+time)?"
					+ "|(?:estimated\\s+)?reading\\s+time\\s*:?\\s*\\d{1,3}\\s*(?:min|mins|minutes?)\\.?"
					+ "|(?:updated|published|posted)\\s*:?\\s*"
					+ "(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,5})?"
					+ "|\\d{1,3}\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\\s+ago))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	ArticleHeader {
		authors = List.copyOf(authors);
		removed = List.copyOf(removed);
	}

	/**
	 * Reads the header at the top of {@code lines}.
	 * @param title the headline the cleaner found, or {@code null}
	 */
	static ArticleHeader read(List<KeptLine> lines, String title) {
		int limit = Math.min(lines.size(), MAX_HEADER_LINES);
		int i = 0;
		String headline = null;
		if (title != null && i < limit && new TitleRepeat(title).isRepeatedBy(lines.get(i).text())) {
			headline = lines.get(i).text();
			i++;
		}
		String standfirst = null;
		if (i + 1 < limit && isStandfirst(lines.get(i).text()) && isBylineOrDate(lines.get(i + 1).text())) {
			standfirst = lines.get(i).text();
			i++;
		}
		String byline = null;
		List<String> authors = List.of();
		LocalDate date = null;
		List<RemovedLine> removed = new ArrayList<>();
		for (; i < limit; i++) {
			KeptLine line = lines.get(i);
			Byline parsed = byline == null ? Byline.parse(line.text()) : null;
			if (parsed != null) {
				byline = line.text();
				authors = parsed.authors();
				date = date == null ? parsed.date() : date;
				continue;
			}
			Optional<LocalDate> dateLine = DateText.parse(line.text());
			if (dateLine.isPresent()) {
				date = date == null ? dateLine.get() : date;
				removed.add(new RemovedLine(line.lineNumber(), DATE_LINE, line.text()));
				continue;
			}
			if (READING_TIME_LINE.matcher(line.text()).matches()) {
				removed.add(new RemovedLine(line.lineNumber(), READING_TIME, line.text()));
				continue;
			}
			break;
		}
		if (i >= lines.size() && (headline != null || standfirst != null || byline != null || !removed.isEmpty())) {
			// nothing would be left of the body: a short text whose lines only look like
			// a header keeps them
			return none();
		}
		return new ArticleHeader(headline, standfirst, byline, authors, date, removed, i);
	}

	/** No header: every kept line is body. */
	static ArticleHeader none() {
		return new ArticleHeader(null, null, null, List.of(), null, List.of(), 0);
	}

	private static boolean isStandfirst(String text) {
		int words = Words.count(text);
		return words >= MIN_STANDFIRST_WORDS && words <= MAX_STANDFIRST_WORDS
				&& (LineShape.endsLikeSentence(text) || words >= MIN_UNFINISHED_STANDFIRST_WORDS)
				&& !CaptionCredit.appearsIn(text) && Byline.parse(text) == null && DateText.findAll(text).isEmpty()
				&& ListMarker.of(text) == ListMarker.NONE;
	}

	private static boolean isBylineOrDate(String text) {
		return Byline.parse(text) != null || DateText.parse(text).isPresent()
				|| READING_TIME_LINE.matcher(text).matches();
	}

	/** A byline's names, and the date printed beside them. */
	record Byline(List<String> authors, LocalDate date) {

		/**
		 * The byline {@code text} is, or {@code null} when it is none. The regex is tried
		 * only on a short text that holds "by": each of the header's first lines is
		 * tested, and most are no byline.
		 */
		static Byline parse(String text) {
			if (!holdsBy(text) || Words.count(text) > MAX_BYLINE_WORDS) {
				return null;
			}
			Matcher matcher = BYLINE.matcher(text.strip());
			if (!matcher.matches()) {
				// only a date (a digit) may stand before "by": "March 3, 2021 by Jane
				// Doe"
				return null;
			}
			// the names, then maybe an outlet or a role after a comma: "Jane Doe, John
			// Roe, Reuters"
			List<String> authors = new ArrayList<>();
			for (String name : NAME_SEPARATOR.split(matcher.group("names").strip())) {
				if (!isName(name)) {
					break;
				}
				authors.add(name);
			}
			if (authors.isEmpty()) {
				return null;
			}
			List<LocalDate> dates = DateText.findAll(text);
			LocalDate date = dates.isEmpty() ? null : dates.get(0);
			return new Byline(authors, date);
		}

		/**
		 * Whether the text holds "by" in any case, as {@link #BYLINE} needs: with
		 * {@code UNICODE_CASE} too, only b and B match a b, y and Y a y.
		 */
		private static boolean holdsBy(String text) {
			for (int i = 1; i < text.length(); i++) {
				if ((text.charAt(i) | 0x20) == 'y' && (text.charAt(i - 1) | 0x20) == 'b') {
					return true;
				}
			}
			return false;
		}

		/**
		 * Two to four words of a name, the first and the last capitalised: "Jane Doe",
		 * "Ludwig van Beethoven".
		 */
		private static boolean isName(String name) {
			String[] words = name.split("\\s+");
			if (words.length < 2 || words.length > MAX_NAME_WORDS) {
				return false;
			}
			for (String word : words) {
				if (!NAME_WORD.matcher(word).matches() || NOT_IN_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
					return false;
				}
			}
			return Character.isUpperCase(words[0].codePointAt(0))
					&& Character.isUpperCase(words[words.length - 1].codePointAt(0))
					|| words[words.length - 1].contains("-");
		}

	}

}
