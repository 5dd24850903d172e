package org.newsexport.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the lists of other articles that a page keeps below the article ("More from ...",
 * "Most popular", "Related"): runs of three or more headline-like lines (five to fifteen
 * words, starting with a capital, mostly capitalised, no final full stop, colon or comma,
 * not a byline nor a "Label: value" field), each perhaps followed by one or two short
 * lines of its own (a one-sentence snippet, a date, an author, a count), with no
 * paragraph of running text below them: the article is over. Their text reads well enough
 * to pass the line features, and the teasers' snippets are sentences, so the context
 * rules keep them; their shape as a run gives them away. A list of the article
 * (ingredients, names, the parts of a report) is followed by more paragraphs, stands in
 * one block without blank lines between its items, starts with digits or lower-case
 * words, or is introduced by a line ending with a colon, and is left alone. The short
 * label just above the run ("Most popular", "More from Science") goes with it. Linear in
 * the number of lines.
 */
final class TeaserRuns {

	private TeaserRuns() {
	}

	/**
	 * Marks the teaser run below the article, if there is one.
	 * @param kept which lines the cleaner keeps so far; only those are looked at
	 * @param teaser set to true for the lines of the run and its label
	 * @param skip the headline and its repeats, which no run holds
	 * @param anchor the headline's first repeat on the page: the article is below it
	 */
	static void mark(List<PageLine> lines, boolean[] kept, boolean[] skip, boolean[] teaser, int anchor,
			CleaningSettings settings) {
		int firstParagraph = -1;
		for (int i = anchor + 1; i < lines.size() && firstParagraph < 0; i++) {
			if (kept[i] && isParagraph(lines.get(i), settings)) {
				firstParagraph = i;
			}
		}
		if (firstParagraph < 0) {
			return;
		}
		List<int[]> runs = new ArrayList<>();
		int i = firstParagraph + 1;
		while (i < lines.size()) {
			if (!kept[i] || skip[i] || !isHeadlineLike(lines.get(i), settings)) {
				i++;
				continue;
			}
			int last = i;
			int extent = i;
			int headlines = 1;
			int keptHeadlines = 1;
			int blocks = 1;
			int fillers = 0;
			int keptFillers = 0;
			boolean introduced = isIntroduced(lines, kept, i);
			int widestGap = 0;
			int lastKept = i;
			for (int j = i + 1; j < lines.size(); j++) {
				PageLine line = lines.get(j);
				if (!kept[j]) {
					// the last teaser's headline is often below the core already, and
					// gone: it still counts
					if (line.rule == null && !skip[j] && isHeadlineLike(line, settings)) {
						headlines++;
						blocks += line.opensBlock ? 1 : 0;
						last = j;
						extent = lastKept;
						widestGap = Math.max(widestGap, keptFillers);
						fillers = 0;
						keptFillers = 0;
					}
					else if (line.rule == null && ++fillers > settings.maxTeaserFillerLines()) {
						// a rule's line (a date, "Read more") is the teaser's; the
						break;
						// features' end the run
					}
					continue;
				}
				if (skip[j]) {
					break; // the headline's repeat: the article starts again here
				}
				lastKept = j;
				if (isHeadlineLike(line, settings)) {
					headlines++;
					keptHeadlines++;
					blocks += line.opensBlock ? 1 : 0;
					last = j;
					extent = j;
					widestGap = Math.max(widestGap, keptFillers);
					fillers = 0;
					keptFillers = 0;
				}
				else if (++fillers > settings.maxTeaserFillerLines()
						|| line.features.chars() > settings.maxTeaserFillerChars()) {
					break;
				}
				else {
					keptFillers++;
					introduced |= endsWithColon(line.text());
				}
			}
			// the last headline's snippet: one line, or as many as stood between two
			// headlines, no more (a paragraph of the article may follow a list of its
			// own)
			for (int j = last + 1, taken = 0; j < lines.size() && taken < Math.max(widestGap, 1); j++) {
				if (kept[j] && !skip[j] && !isHeadlineLike(lines.get(j), settings)
						&& lines.get(j).features.chars() <= settings.maxTeaserFillerChars()) {
					extent = j;
					taken++;
				}
				else if (kept[j]) {
					break;
				}
			}
			if (headlines >= settings.minTeaserHeadlines() && keptHeadlines >= settings.minKeptTeaserHeadlines()
					&& 2 * blocks > headlines && !introduced) {
				runs.add(new int[] { i, extent });
			}
			i = last + 1;
		}
		// from the bottom up: a run with no paragraph below it but other such runs
		int boundary = lines.size();
		for (int r = runs.size() - 1; r >= 0; r--) {
			int[] run = runs.get(r);
			if (hasParagraph(lines, kept, run[1] + 1, boundary, settings)) {
				return;
			}
			for (int k = run[0]; k <= run[1]; k++) {
				teaser[k] = kept[k] && !skip[k];
			}
			markLabel(lines, kept, skip, teaser, run[0], firstParagraph, settings);
			boundary = run[0];
		}
	}

	/**
	 * The kept line above the run introduces a list of the article: "The members are:".
	 */
	private static boolean isIntroduced(List<PageLine> lines, boolean[] kept, int first) {
		for (int k = first - 1; k >= 0; k--) {
			if (kept[k]) {
				return endsWithColon(lines.get(k).text());
			}
		}
		return false;
	}

	private static boolean endsWithColon(String text) {
		int end = text.length() - 1;
		while (end > 0 && text.charAt(end) == ' ') {
			end--;
		}
		return text.charAt(end) == ':';
	}

	private static boolean hasParagraph(List<PageLine> lines, boolean[] kept, int from, int to,
			CleaningSettings settings) {
		for (int i = from; i < to; i++) {
			if (kept[i] && isParagraph(lines.get(i), settings)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The short line just above the run, below the article's last paragraph: "Most
	 * popular", "More from Science".
	 */
	private static void markLabel(List<PageLine> lines, boolean[] kept, boolean[] skip, boolean[] teaser, int first,
			int lastParagraph, CleaningSettings settings) {
		for (int k = first - 1; k > lastParagraph; k--) {
			if (kept[k]) {
				LineFeatures features = lines.get(k).features;
				if (!skip[k] && features.words() <= settings.maxTeaserLabelWords() && !features.terminalPunctuation()) {
					teaser[k] = true;
				}
				return;
			}
		}
	}

	/**
	 * Running text: a good line, or a sentence of some length that is not a teaser's
	 * headline.
	 */
	private static boolean isParagraph(PageLine line, CleaningSettings settings) {
		return !isHeadlineLike(line, settings) && (line.isGood()
				|| line.features.terminalPunctuation() && line.features.words() >= settings.minParagraphWords());
	}

	/**
	 * Ends with a period, even one that {@link LineShape} takes for an abbreviation's
	 * ("visit example.com.").
	 */
	private static boolean endsWithPeriod(String text) {
		int end = text.length() - 1;
		while (end > 0 && (text.charAt(end) == ' ' || text.charAt(end) == '"' || text.charAt(end) == ')')) {
			end--;
		}
		return text.charAt(end) == '.';
	}

	/**
	 * A field of a data sheet, "Label: value" ("Processor: AMD Athlon 2100+", "Role:
	 * Mirror Mirror").
	 */
	private static boolean isField(String text, int maxLabelWords) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			return false;
		}
		int spaces = 0;
		for (int i = 0; i < colon; i++) {
			spaces += text.charAt(i) == ' ' ? 1 : 0;
		}
		return spaces < maxLabelWords;
	}

	/**
	 * Five to fifteen words, starting with a capital letter, many of them capitalised,
	 * without a final full stop, colon, semicolon or comma; not a byline ("By Ali Abbas")
	 * nor a field ("Role: Mirror Mirror").
	 */
	static boolean isHeadlineLike(PageLine line, CleaningSettings settings) {
		LineFeatures features = line.features;
		int words = features.words();
		if (words < settings.minTeaserWords() || words > settings.maxTeaserWords()
				|| features.capitalisedWords() < settings.minTeaserCapitalisedShare() * words) {
			return false;
		}
		String text = line.text();
		if (!Character.isUpperCase(text.charAt(0)) || !LineShape.looksLikeHeadline(text, settings.maxHeadlineWords())
				|| isField(text, settings.maxFieldLabelWords()) || endsWithPeriod(text)) {
			return false;
		}
		return !(text.length() > 3 && (text.charAt(0) == 'B' || text.charAt(0) == 'b')
				&& (text.charAt(1) == 'y' || text.charAt(1) == 'Y') && text.charAt(2) == ' ');
	}

}
