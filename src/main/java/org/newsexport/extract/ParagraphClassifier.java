package org.newsexport.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.article.Words;
import org.newsexport.clean.KeptLine;
import org.newsexport.clean.LineShape;

/**
 * Gives each kept paragraph its kind. A caption carries a photo credit
 * ({@link CaptionCredit}). A list item opens with a {@link ListMarker} (the kept text
 * still has its bullet: only the cleaner's rules see lines without it). A sub-heading
 * sits between paragraphs (never first or last), is short, does not end like a sentence,
 * and reads as headlinese: headline writers drop auxiliary verbs and articles ("US
 * embassy on alert", not "The embassy is on alert") and do not open with a personal
 * pronoun. So a short line whose words outside quotation marks hold a lower-case
 * auxiliary ("The number of demonstrators has reached 3 million so far") or more than one
 * article is a body sentence that lost its full stop, while a quotation used as a heading
 * ("‘US terrorism has to end’") is still a heading. Only lower-case auxiliaries count, so
 * "May" the month and Title Case Headings are not mistaken for verbs. A quote paragraph
 * opens with a quotation mark and is quotation but for a short attribution: at most
 * {@value #MAX_ATTRIBUTION_WORDS} words outside the marks ("…,” he said in the
 * northwestern city of Urmia."), and fewer than inside them.
 */
final class ParagraphClassifier {

	private static final int MAX_HEADING_WORDS = 20;

	static final int MAX_ATTRIBUTION_WORDS = 10;

	/**
	 * Lower-case auxiliaries, looked up where each word stands in the text
	 * ({@link WordTable}).
	 */
	private static final WordTable AUXILIARIES = WordTable
		.of(Set.of("is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "will", "would", "shall",
				"should", "can", "could", "may", "might", "must", "do", "does", "did"));

	private static final Set<String> PRONOUNS = Set.of("I", "He", "She", "It", "We", "They", "You");

	/**
	 * The characters a heading's words are split at: white space ({@code \s}), , ; : ( )
	 * [ ].
	 */
	private static final String WORD_BREAKS = " \t\n\u000B\f\r,;:()[]";

	private ParagraphClassifier() {
	}

	static List<Paragraph> classify(List<KeptLine> lines) {
		return classify(lines, null);
	}

	/**
	 * {@link #classify(List)}; with {@code quotations} not {@code null}, also adds to it,
	 * paragraph by paragraph, the quotations found while telling a quote paragraph (those
	 * of a paragraph that opens with a mark), or {@code null} where none were looked for,
	 * so that {@link QuoteExtractor} need not find them again. Each paragraph's words are
	 * counted once, for the heading test and the {@link Paragraph}.
	 */
	static List<Paragraph> classify(List<KeptLine> lines, List<List<QuotedSpan>> quotations) {
		ListMarker[] markers = new ListMarker[lines.size()];
		for (int position = 0; position < markers.length; position++) {
			markers[position] = ListMarker.of(lines.get(position).text());
		}
		List<Paragraph> paragraphs = new ArrayList<>(lines.size());
		for (int position = 0; position < lines.size(); position++) {
			String text = lines.get(position).text();
			boolean between = position > 0 && position < lines.size() - 1;
			boolean listItem = isListItem(markers, position);
			int words = Words.count(text);
			List<QuotedSpan> spans = QuotationMarks.opensWithMark(text) ? QuotationMarks.spans(text) : null;
			paragraphs.add(new Paragraph(position, kind(text, words, spans, between, listItem), text, words));
			if (quotations != null) {
				quotations.add(spans);
			}
		}
		return paragraphs;
	}

	/**
	 * @param words {@link Words#count} of the text
	 * @param spans the quotations of a text that opens with a mark, else {@code null}
	 */
	private static ParagraphKind kind(String text, int words, List<QuotedSpan> spans, boolean betweenParagraphs,
			boolean listItem) {
		if (CaptionCredit.appearsIn(text)) {
			return ParagraphKind.CAPTION;
		}
		if (listItem) {
			return ParagraphKind.LIST_ITEM;
		}
		if (betweenParagraphs && !LineShape.endsLikeSentence(text) && words <= MAX_HEADING_WORDS
				&& readsAsHeadline(text)) {
			return ParagraphKind.HEADING;
		}
		return isQuotation(text, spans) ? ParagraphKind.QUOTE : ParagraphKind.BODY;
	}

	private static boolean isListItem(ListMarker[] markers, int position) {
		return switch (markers[position]) {
			case FIRM -> true;
			case WEAK -> (position > 0 && markers[position - 1] != ListMarker.NONE)
					|| (position + 1 < markers.length && markers[position + 1] != ListMarker.NONE);
			case NONE -> false;
		};
	}

	/**
	 * @param spans the quotations of a text that opens with a mark
	 * ({@link QuotationMarks#opensWithMark}), else {@code null}: most paragraphs do not,
	 * and the first quotation of one that does not can never start at 0
	 */
	private static boolean isQuotation(String text, List<QuotedSpan> spans) {
		if (spans == null || spans.isEmpty() || spans.get(0).open() != 0) {
			return false;
		}
		// counted in place, without a copy of each part
		char[] chars = text.toCharArray();
		int quoted = 0;
		int outside = 0;
		int narration = 0;
		for (QuotedSpan span : spans) {
			outside += Words.count(chars, narration, span.open());
			quoted += Words.count(chars, span.open() + 1, span.close());
			narration = span.end(text);
		}
		outside += Words.count(chars, narration, chars.length);
		return outside <= MAX_ATTRIBUTION_WORDS && quoted > outside;
	}

	/**
	 * The words of the text outside its quotations (“…”, ‘…’ or "…", each closed), split
	 * at {@link #WORD_BREAKS}: headlinese when the first is no {@link #PRONOUNS pronoun},
	 * none is an auxiliary or ends in "n't", and at most one is an article. The words are
	 * read where they stand, not cut out by a regex replace and split (which gave the
	 * same words): short unfinished lines between paragraphs are common in scraped pages,
	 * and each cost two regex passes and a string per word.
	 */
	private static boolean readsAsHeadline(String text) {
		String outside = withoutQuotations(text).trim();
		int articles = 0;
		int start = 0;
		while (start < outside.length()) {
			if (WORD_BREAKS.indexOf(outside.charAt(start)) >= 0) {
				start++;
				continue;
			}
			int end = start + 1;
			while (end < outside.length() && WORD_BREAKS.indexOf(outside.charAt(end)) < 0) {
				end++;
			}
			// a word at 0 is the first of the split; a break at 0 makes the split's first
			// word ""
			if (start == 0 && PRONOUNS.contains(outside.substring(start, end))) {
				return false;
			}
			if (AUXILIARIES.contains(outside, start, end) || endsWith(outside, end, "n't")
					|| endsWith(outside, end, "n’t")) {
				return false;
			}
			articles += isArticle(outside, start, end) ? 1 : 0;
			start = end;
		}
		return articles <= 1;
	}

	/**
	 * The text with each closed quotation (“…”, ‘…’ or "…", from its opening mark to the
	 * first closing one after it) replaced by a space, as a regex
	 * {@code “[^”]*”|‘[^’]*’|"[^"]*"} replacing from left to right would; the text itself
	 * when it holds no such mark, as most do.
	 */
	private static String withoutQuotations(String text) {
		StringBuilder outside = null;
		int copied = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char closer = c == '“' ? '”' : c == '‘' ? '’' : c == '"' ? '"' : 0;
			if (closer == 0) {
				continue;
			}
			int close = text.indexOf(closer, i + 1);
			if (close < 0) {
				continue;
			}
			if (outside == null) {
				outside = new StringBuilder(text.length());
			}
			outside.append(text, copied, i).append(' ');
			copied = close + 1;
			i = close;
		}
		return outside == null ? text : outside.append(text, copied, text.length()).toString();
	}

	private static boolean endsWith(String text, int end, String suffix) {
		return end >= suffix.length() && text.startsWith(suffix, end - suffix.length());
	}

	/**
	 * "the", "a" or "an" in any case, as {@code toLowerCase(Locale.ROOT)} compares them:
	 * no character but the ASCII capitals has one of those letters for its lower case.
	 */
	private static boolean isArticle(String text, int start, int end) {
		int length = end - start;
		if (length == 1) {
			return (text.charAt(start) | 0x20) == 'a';
		}
		if (length == 2) {
			return (text.charAt(start) | 0x20) == 'a' && (text.charAt(start + 1) | 0x20) == 'n';
		}
		return length == 3 && (text.charAt(start) | 0x20) == 't' && (text.charAt(start + 1) | 0x20) == 'h'
				&& (text.charAt(start + 2) | 0x20) == 'e';
	}

}
