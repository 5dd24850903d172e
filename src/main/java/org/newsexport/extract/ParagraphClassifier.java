package org.newsexport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.article.Words;
import org.newsexport.clean.KeptLine;
import org.newsexport.clean.LineShape;

/**
 * Gives each kept paragraph its kind. A caption carries a photo credit ({@link CaptionCredit}). A list item opens
 * with a {@link ListMarker} (the kept text still has its bullet: only the cleaner's rules see lines without it). A
 * sub-heading sits between paragraphs (never first or last), is short, does not end like a sentence, and reads as
 * headlinese: headline writers drop auxiliary verbs and articles ("US embassy on alert", not "The embassy is on
 * alert") and do not open with a personal pronoun. So a short line whose words outside quotation marks hold a
 * lower-case auxiliary ("The number of demonstrators has reached 3 million so far") or more than one article is a
 * body sentence that lost its full stop, while a quotation used as a heading ("‘US terrorism has to end’") is still a
 * heading. Only lower-case auxiliaries count, so "May" the month and Title Case Headings are not mistaken for verbs.
 * A quote paragraph opens with a quotation mark and is quotation but for a short attribution: at most
 * {@value #MAX_ATTRIBUTION_WORDS} words outside the marks ("…,” he said in the northwestern city of Urmia."), and
 * fewer than inside them.
 */
final class ParagraphClassifier {

	private static final int MAX_HEADING_WORDS = 20;

	static final int MAX_ATTRIBUTION_WORDS = 10;

	private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "am", "has", "have",
			"had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did");

	private static final Set<String> ARTICLES = Set.of("the", "a", "an");

	private static final Set<String> PRONOUNS = Set.of("I", "He", "She", "It", "We", "They", "You");

	private static final Pattern QUOTATION = Pattern.compile("“[^”]*”|‘[^’]*’|\"[^\"]*\"");

	private static final Pattern WORD_BREAK = Pattern.compile("[\\s,;:()\\[\\]]+");

	private ParagraphClassifier() {
	}

	static List<Paragraph> classify(List<KeptLine> lines) {
		List<ListMarker> markers = lines.stream().map(line -> ListMarker.of(line.text())).toList();
		List<Paragraph> paragraphs = new ArrayList<>(lines.size());
		for (int position = 0; position < lines.size(); position++) {
			String text = lines.get(position).text();
			boolean between = position > 0 && position < lines.size() - 1;
			boolean listItem = isListItem(markers, position);
			paragraphs.add(new Paragraph(position, kind(text, between, listItem), text));
		}
		return paragraphs;
	}

	private static ParagraphKind kind(String text, boolean betweenParagraphs, boolean listItem) {
		if (CaptionCredit.appearsIn(text)) {
			return ParagraphKind.CAPTION;
		}
		if (listItem) {
			return ParagraphKind.LIST_ITEM;
		}
		if (betweenParagraphs && !LineShape.endsLikeSentence(text) && Words.count(text) <= MAX_HEADING_WORDS
				&& readsAsHeadline(text)) {
			return ParagraphKind.HEADING;
		}
		return isQuotation(text) ? ParagraphKind.QUOTE : ParagraphKind.BODY;
	}

	private static boolean isListItem(List<ListMarker> markers, int position) {
		return switch (markers.get(position)) {
			case FIRM -> true;
			case WEAK -> (position > 0 && markers.get(position - 1) != ListMarker.NONE)
					|| (position + 1 < markers.size() && markers.get(position + 1) != ListMarker.NONE);
			case NONE -> false;
		};
	}

	private static boolean isQuotation(String text) {
		if (!QuotationMarks.opensWithMark(text)) {
			return false; // most paragraphs: no need to look for their quotations
		}
		List<QuotedSpan> spans = QuotationMarks.spans(text);
		if (spans.isEmpty() || spans.get(0).open() != 0) {
			return false;
		}
		int quoted = 0;
		int outside = 0;
		int narration = 0;
		for (QuotedSpan span : spans) {
			outside += Words.count(text.subSequence(narration, span.open()));
			quoted += Words.count(text.subSequence(span.open() + 1, span.close()));
			narration = span.end(text);
		}
		outside += Words.count(text.subSequence(narration, text.length()));
		return outside <= MAX_ATTRIBUTION_WORDS && quoted > outside;
	}

	private static boolean readsAsHeadline(String text) {
		String[] words = WORD_BREAK.split(QUOTATION.matcher(text).replaceAll(" ").trim());
		if (words.length > 0 && PRONOUNS.contains(words[0])) {
			return false;
		}
		int articles = 0;
		for (String word : words) {
			if (AUXILIARIES.contains(word) || word.endsWith("n't") || word.endsWith("n’t")) {
				return false;
			}
			if (ARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
				articles++;
			}
		}
		return articles <= 1;
	}

}
