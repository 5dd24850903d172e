package org.newsexport.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;
import org.newsexport.article.Quote;
import org.newsexport.article.Words;

/**
 * Finds the quotations of an article's running text (body, quote and list-item
 * paragraphs; not headings or captions) and who spoke them. A quotation of fewer than
 * {@value #MIN_WORDS} words is a scare quote or a slogan ("combat mission", “Death to
 * America”), and one in Title Case is a name or a title (“Daughters of Haj Qassem”): both
 * are left out. The speaker comes from the attribution after the quotation ("…,” he
 * said"), else the one before it in its sentence ("Khazali said, “…”"); a quotation with
 * neither, after an attributed one in the same paragraph, continues it ("“…,” Khazali
 * said. “…”"). Pronouns and surnames are resolved by {@link SpeakerResolver}.
 */
final class QuoteExtractor {

	static final int MIN_WORDS = 4;

	private static final Set<ParagraphKind> RUNNING_TEXT = EnumSet.of(ParagraphKind.BODY, ParagraphKind.QUOTE,
			ParagraphKind.LIST_ITEM);

	private QuoteExtractor() {
	}

	/**
	 * Marks are found first: narration after the last quotation (or in an article with
	 * none) is not read.
	 */
	static List<Quote> extract(List<Paragraph> paragraphs) {
		return extract(paragraphs, null);
	}

	/**
	 * {@link #extract(List)} with the quotations
	 * {@link ParagraphClassifier#classify(List, List)} already found, paragraph by
	 * paragraph ({@code null} where it looked for none; {@code known} itself may be
	 * {@code null}): a paragraph's marks are then searched once, not once to tell a quote
	 * paragraph and again here.
	 */
	static List<Quote> extract(List<Paragraph> paragraphs, List<List<QuotedSpan>> known) {
		List<List<QuotedSpan>> spans = new ArrayList<>(paragraphs.size());
		int lastWithQuotation = -1;
		for (Paragraph paragraph : paragraphs) {
			List<QuotedSpan> already = known == null ? null : known.get(spans.size());
			List<QuotedSpan> found = !RUNNING_TEXT.contains(paragraph.kind()) ? List.of()
					: already != null ? already : QuotationMarks.spans(paragraph.text());
			lastWithQuotation = found.isEmpty() ? lastWithQuotation : spans.size();
			spans.add(found);
		}
		SpeakerResolver speakers = new SpeakerResolver();
		List<Quote> quotes = new ArrayList<>();
		for (int i = 0; i <= lastWithQuotation; i++) {
			if (RUNNING_TEXT.contains(paragraphs.get(i).kind())) {
				extract(paragraphs.get(i), spans.get(i), speakers, quotes);
			}
		}
		return quotes;
	}

	private static void extract(Paragraph paragraph, List<QuotedSpan> spans, SpeakerResolver speakers,
			List<Quote> quotes) {
		String text = paragraph.text();
		int narration = 0;
		String paragraphSpeaker = null;
		for (int i = 0; i < spans.size(); i++) {
			QuotedSpan span = spans.get(i);
			speakers.readNarration(text, narration, span.open());
			int next = i + 1 < spans.size() ? spans.get(i + 1).open() : text.length();
			int from = narration;
			Attribution attribution = Attribution.after(text, span, next)
				.or(() -> Attribution.before(text, from, span.open()))
				.orElse(null);
			if (attribution != null) {
				paragraphSpeaker = speakers.speakerOf(attribution);
			}
			String quoted = withoutTrailingComma(span.content(text));
			if (isSpeech(quoted)) {
				quotes.add(new Quote(paragraph.position(), quoted, paragraphSpeaker));
			}
			narration = span.end(text);
		}
		speakers.readNarration(text, narration, text.length());
	}

	static boolean isSpeech(String quoted) {
		return Words.count(quoted) >= MIN_WORDS && !isTitleCase(quoted);
	}

	/**
	 * Every word of four letters or more capitalised: “Daughters of Haj Qassem”, a name,
	 * not speech. The words are what lies between single spaces, read in place.
	 */
	private static boolean isTitleCase(String quoted) {
		boolean longWord = false;
		int letters = 0;
		char first = 0;
		for (int i = 0; i <= quoted.length(); i++) {
			char c = i < quoted.length() ? quoted.charAt(i) : ' ';
			if (c != ' ') {
				if (Character.isLetter(c)) {
					first = letters == 0 ? c : first;
					letters++;
				}
				continue;
			}
			if (letters >= 4) {
				if (!Character.isUpperCase(first)) {
					return false;
				}
				longWord = true;
			}
			letters = 0;
		}
		return longWord;
	}

	/**
	 * "…, drones,” he said": the comma is the sentence's, before its attribution, not the
	 * speaker's.
	 */
	private static String withoutTrailingComma(String quoted) {
		return quoted.endsWith(",") ? quoted.substring(0, quoted.length() - 1).stripTrailing() : quoted;
	}

}
